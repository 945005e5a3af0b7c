import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AssignmentCreated, BadUserInputError, NotFoundError, PetitionAssignedToAgency, actorFromIdentity, beginWorkflow, requireActiveAgencies, stepEvent } from '@xinfang/kit';
import type { Identity } from '@xinfang/kit';
import { JointVisitSession } from '../joint-visit-session/joint-visit-session.entity';
import { Assignment } from './assignment.entity';
import { startAssignmentDeadline } from './assignment-deadlines';
import { AssigneeRole } from './assignment-status';
import { ASSIGNMENT_WORKFLOW } from './assignment-workflow';
import type { AssigneeTaskInput, CreateAssignmentInput } from './create-assignment.input';

/** Every agency once: the lead is not also a co-handler, nor a co-handler named twice. */
function assertDistinct(parts: readonly AssigneeTaskInput[]): void {
  const ids = parts.map((part) => part.agencyId);
  const repeated = ids.find((id, index) => ids.indexOf(id) !== index);
  if (repeated) throw new BadUserInputError(`Agency ${repeated} is named twice in one assignment`, { field: 'coHandlers' });
}

/**
 * One assignment decision from the caller's commission: the lead's and each co-handler's
 * assignment, each with its clock, its first history entry (CREATE), AssignmentCreated on the
 * assignee's own topic and PetitionAssignedToAgency for the petitions subgraph, all in one
 * transaction: an unknown agency anywhere refuses the whole decision. Returns the lead's.
 */
export async function createAssignment(em: EntityManager, input: CreateAssignmentInput, caller: Identity, traceparent?: string): Promise<Assignment> {
  const parts = [{ role: AssigneeRole.LEAD, part: input.lead }, ...input.coHandlers.map((part) => ({ role: AssigneeRole.CO_HANDLER, part }))];
  assertDistinct(parts.map(({ part }) => part));
  if (input.sessionId && !(await em.findOne(JointVisitSession, { id: input.sessionId }, { fields: ['id'] }))) {
    throw new NotFoundError('Joint-visit session', input.sessionId);
  }
  await requireActiveAgencies(em, parts.map(({ part }) => part.agencyId), 'assigneeAgencyId');
  const decisionId = randomUUID();
  const assignedAt = input.assignedAt ?? new Date();
  const decisionAgencyIds = parts.map(({ part }) => part.agencyId);
  return em.transactional(async (tx) => {
    const made: Assignment[] = [];
    for (const { role, part } of parts) made.push(await assign(tx as EntityManager, { input, part, role, decisionId, decisionAgencyIds, assignedAt, caller, traceparent }));
    return made[0]!;
  });
}

async function assign(em: EntityManager, options: { input: CreateAssignmentInput; part: AssigneeTaskInput; role: AssigneeRole; decisionId: string; decisionAgencyIds: string[]; assignedAt: Date; caller: Identity; traceparent?: string }): Promise<Assignment> {
  const { input, part, role, caller } = options;
  const assignment = em.create(Assignment, {
    id: randomUUID(),
    decisionId: options.decisionId,
    decisionAgencyIds: options.decisionAgencyIds,
    role,
    sessionId: input.sessionId ?? null,
    petitionId: input.petitionId,
    assigneeAgencyId: part.agencyId,
    assignedByAgencyId: caller.agencyId,
    task: part.task.trim(),
    assignedAt: options.assignedAt,
    workingDays: part.workingDays,
    needsPersonalData: part.needsPersonalData,
    dueAt: options.assignedAt,
    createdBy: caller.userId,
  });
  await startAssignmentDeadline(em, assignment);
  const event = [
    stepEvent(AssignmentCreated, {
      assignmentId: assignment.id,
      sessionId: assignment.sessionId,
      petitionId: assignment.petitionId,
      assigneeAgencyId: assignment.assigneeAgencyId,
      assignedByAgencyId: assignment.assignedByAgencyId,
      task: assignment.task,
      dueAt: assignment.dueAt.toISOString(),
    }),
    stepEvent(PetitionAssignedToAgency, {
      assignmentId: assignment.id,
      petitionId: assignment.petitionId,
      assigneeAgencyId: assignment.assigneeAgencyId,
      assignedByAgencyId: assignment.assignedByAgencyId,
      role,
      needsPersonalData: assignment.needsPersonalData,
    }),
  ];
  return beginWorkflow(em, ASSIGNMENT_WORKFLOW, assignment, { action: 'CREATE', actor: actorFromIdentity(caller), event, traceparent: options.traceparent, at: options.assignedAt });
}
