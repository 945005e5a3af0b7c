import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { BadUserInputError, ConflictError, ForbiddenError, NotFoundError, readAccess, requireActiveAgency, requireActiveStaff, requireCaller } from '@xinfang/kit';
import type { Identity, RequestContext } from '@xinfang/kit';
import { ReceivedPetition } from '../petition/received-petition.entity';
import { ContactPoint } from './contact-point.entity';
import type { ContactPointInput } from './contact-point.input';
import { ContactPointPetition } from './contact-point-petition.entity';
import { visitingDayProblem } from './visiting-days';
import type { VisitingDay } from './visiting-days';

/** The input checked against the rules and the directory, as it will be stored; nothing is written. */
async function checkedContactPoint(em: EntityManager, input: ContactPointInput) {
  const visitingDays: VisitingDay[] = input.visitingDays.map((day) => ({ weekday: day.weekday ?? null, dayOfMonth: day.dayOfMonth ?? null, startTime: day.startTime, endTime: day.endTime }));
  for (const [index, day] of visitingDays.entries()) {
    const problem = visitingDayProblem(day);
    if (problem) throw new BadUserInputError(`Visiting day ${index + 1}: ${problem}`, { field: `visitingDays[${index}]` });
  }
  await requireActiveAgency(em, input.agencyId, 'agencyId');
  const liaisonStaffIds = [...new Set(input.liaisonStaffIds)];
  for (const [index, id] of liaisonStaffIds.entries()) await requireActiveStaff(em, id, `liaisonStaffIds[${index}]`, { agencyId: input.agencyId });
  return { kind: input.kind, name: input.name.trim(), address: input.address.trim(), agencyId: input.agencyId, liaisonStaffIds, visitingDays };
}

export async function createContactPoint(em: EntityManager, input: ContactPointInput, caller: Identity, id: string = randomUUID()): Promise<ContactPoint> {
  const point = em.create(ContactPoint, { id, ...(await checkedContactPoint(em, input)), createdBy: caller.userId });
  await em.flush();
  return point;
}

/** Replaces a contact point's details whole; its received petitions stay. */
export async function updateContactPoint(em: EntityManager, id: string, input: ContactPointInput): Promise<ContactPoint> {
  const point = await em.findOne(ContactPoint, { id });
  if (!point) throw new NotFoundError('Contact point', id);
  em.assign(point, { ...(await checkedContactPoint(em, input)), updatedAt: new Date() });
  await em.flush();
  return point;
}

/** Stops a contact point receiving; idempotent. */
export async function deactivateContactPoint(em: EntityManager, id: string): Promise<ContactPoint> {
  const point = await em.findOne(ContactPoint, { id });
  if (!point) throw new NotFoundError('Contact point', id);
  if (point.active) em.assign(point, { active: false, updatedAt: new Date() });
  await em.flush();
  return point;
}

/**
 * Records that a petition the joint-visits subgraph knows was received at one of the caller's
 * agency's active contact points. A petition is received at one point: linking it again to the
 * same one changes nothing, to another is a CONFLICT.
 */
export async function linkPetitionToContactPoint(context: RequestContext, contactPointId: string, petitionId: string, now = new Date()): Promise<ContactPoint> {
  const caller = requireCaller(context);
  const { em } = context;
  const point = await em.findOne(ContactPoint, { id: contactPointId });
  if (!point) throw new NotFoundError('Contact point', contactPointId);
  if (point.agencyId !== caller.agencyId) throw new ForbiddenError('Only the agency responsible for the contact point records what it received');
  if (!point.active) throw new BadUserInputError(`Contact point ${point.name} is no longer active`, { field: 'contactPointId' });
  const petition = await em.findOne(ReceivedPetition, { petitionId });
  if (!petition) throw new NotFoundError('Petition', petitionId);
  await readAccess(context).assertFound({ owner: petition.receivingAgencyId }, 'Petition', petitionId);
  const existing = await em.findOne(ContactPointPetition, { petitionId });
  if (existing && existing.contactPointId !== point.id) throw new ConflictError('The petition is already recorded as received at another contact point');
  if (!existing) em.create(ContactPointPetition, { petitionId, contactPointId: point.id, linkedBy: caller.userId, linkedAt: now });
  await em.flush();
  return point;
}

/** An agency's contact points, active ones unless asked for all, by name. */
export async function contactPointsOf(em: EntityManager, agencyId: string, includeInactive: boolean): Promise<ContactPoint[]> {
  return em.find(ContactPoint, { agencyId, ...(includeInactive ? {} : { active: true }) }, { orderBy: { name: 'asc', id: 'asc' } });
}
