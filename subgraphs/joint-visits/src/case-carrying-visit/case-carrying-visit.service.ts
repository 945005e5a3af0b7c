import { randomUUID } from 'node:crypto';
import {
  BadUserInputError, CaseCarryingVisitRecorded, ConflictError, NotFoundError, Role, createEvent, enqueueEvent, readAccess,
  requireActiveStaff, requireCaller, shanghaiDateOf,
} from '@xinfang/kit';
import type { RequestContext } from '@xinfang/kit';
import { ReceivedPetition } from '../petition/received-petition.entity';
import { SERVICE } from '../service-name';
import { CaseCarryingVisit } from './case-carrying-visit.entity';
import type { RecordCaseCarryingVisitInput } from './record-case-carrying-visit.input';
import { assertVisitInput } from './visit-rules';

/**
 * Records a leader's case-carrying visit for the caller's agency, with CaseCarryingVisitRecorded
 * in the same flush (outbox). Everything is checked before anything is written: a refused
 * visit leaves no row and no event. `now` is when it is recorded (the demo backdates it).
 */
export async function recordCaseCarryingVisit(context: RequestContext, input: RecordCaseCarryingVisitInput, now = new Date()): Promise<CaseCarryingVisit> {
  const caller = requireCaller(context);
  const { em } = context;
  const visitDate = shanghaiDateOf(input.visitedAt);
  assertVisitInput(input, visitDate, now);
  const petition = await em.findOne(ReceivedPetition, { petitionId: input.petitionId });
  if (!petition) throw new NotFoundError('Petition', input.petitionId);
  await readAccess(context).assertFound({ owner: petition.receivingAgencyId }, 'Petition', input.petitionId);
  const leader = await requireActiveStaff(em, input.leaderStaffId, 'leaderStaffId', { agencyId: caller.agencyId });
  if (!isLeader(leader)) {
    throw new BadUserInputError(`Staff member ${leader.id} (${leader.name}) is not one of your agency's leaders`, { field: 'leaderStaffId' });
  }
  for (const [index, id] of (input.companionStaffIds ?? []).entries()) await requireActiveStaff(em, id, `companionStaffIds[${index}]`);
  for (const [index, followUp] of (input.followUps ?? []).entries()) await requireActiveStaff(em, followUp.ownerStaffId, `followUps[${index}].ownerStaffId`);
  if (await em.count(CaseCarryingVisit, { petitionId: petition.petitionId, leaderStaffId: leader.id, visitDate })) {
    throw new ConflictError(`${leader.name}'s visit for this petition on ${visitDate} is already recorded`);
  }
  const visit = em.create(CaseCarryingVisit, {
    id: randomUUID(),
    petitionId: petition.petitionId,
    agencyId: caller.agencyId,
    leaderStaffId: leader.id,
    visitedAt: input.visitedAt,
    visitDate,
    place: input.place.trim(),
    companionStaffIds: [...new Set(input.companionStaffIds ?? [])],
    reason: input.reason,
    reasonText: input.reasonText?.trim() || null,
    analysis: input.analysis.trim(),
    helpGiven: input.helpGiven.trim(),
    followUps: (input.followUps ?? []).map(({ task, ownerStaffId, dueDate }) => ({ task: task.trim(), ownerStaffId, dueDate })).sort((a, b) => a.dueDate.localeCompare(b.dueDate)),
    privacyProtected: true,
    privacyNote: input.privacyNote.trim(),
    recordedBy: caller.userId,
    recordedAt: now,
  });
  enqueueEvent(em, CaseCarryingVisitRecorded, createEvent(CaseCarryingVisitRecorded, visit.id, {
    visitId: visit.id,
    petitionId: visit.petitionId,
    agencyId: visit.agencyId,
    leaderStaffId: visit.leaderStaffId,
    visitedAt: visit.visitedAt.toISOString(),
    visitDate,
    reason: visit.reason,
    companionStaffIds: visit.companionStaffIds,
    followUpCount: visit.followUps.length,
  }, { service: SERVICE, agencyId: caller.agencyId, traceparent: context.traceparent }));
  await em.flush();
  return visit;
}

/** A leader (院领导): the LEADER role, or marked as one of the agency's leaders in the directory. */
export function isLeader(staff: { roles: readonly Role[]; isLeader: boolean }): boolean {
  return staff.isLeader || staff.roles.includes(Role.LEADER);
}
