import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { requireActiveAgencies } from '@xinfang/kit';
import type { Identity } from '@xinfang/kit';
import { JointVisitSession } from './joint-visit-session.entity';
import type { ScheduleJointVisitSessionInput } from './schedule-joint-visit-session.input';
import { assertQueryRange } from './session-window';

/** Schedules a session organised by the caller's commission. */
export async function scheduleJointVisitSession(
  em: EntityManager,
  input: ScheduleJointVisitSessionInput,
  caller: Identity,
): Promise<JointVisitSession> {
  await requireActiveAgencies(em, input.participatingAgencyIds, 'participatingAgencyIds');
  const session = em.create(JointVisitSession, {
    id: randomUUID(),
    title: input.title.trim(),
    location: input.location.trim(),
    startsAt: input.startsAt,
    endsAt: input.endsAt,
    organizerAgencyId: caller.agencyId,
    participatingAgencyIds: [...new Set(input.participatingAgencyIds)],
    createdBy: caller.userId,
  });
  await em.persistAndFlush(session);
  return session;
}

/** Sessions overlapping [from, to), earliest first. */
export async function findSessionsOverlapping(em: EntityManager, from: Date, to: Date): Promise<JointVisitSession[]> {
  assertQueryRange(from, to);
  return em.find(JointVisitSession, { startsAt: { $lt: to }, endsAt: { $gt: from } }, { orderBy: { startsAt: 'asc', id: 'asc' } });
}
