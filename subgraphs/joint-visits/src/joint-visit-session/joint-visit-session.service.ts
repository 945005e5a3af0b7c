import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { NotFoundError } from '@xinfang/kit';
import type { Identity } from '@xinfang/kit';
import { residentIdHash } from '../petition/petitioner-key';
import { ReceivedPetition } from '../petition/received-petition.entity';
import { ReceivedPetitioner } from '../petition/received-petitioner.entity';
import { JointVisitSession } from './joint-visit-session.entity';
import type { ScheduleJointVisitSessionInput } from './schedule-joint-visit-session.input';
import { SessionPetition } from './session-petition.entity';
import { checkedParticipants } from './session-participants';
import { assertQueryRange } from './session-window';

/** Schedules a session organised by the caller's commission, its participants and their leaders on duty checked against the directory. */
export async function scheduleJointVisitSession(
  em: EntityManager,
  input: ScheduleJointVisitSessionInput,
  caller: Identity,
): Promise<JointVisitSession> {
  const onDutyLeaders = await checkedParticipants(em, input.participants);
  const session = em.create(JointVisitSession, {
    id: randomUUID(),
    title: input.title.trim(),
    location: input.location.trim(),
    startsAt: input.startsAt,
    endsAt: input.endsAt,
    organizerAgencyId: caller.agencyId,
    participatingAgencyIds: onDutyLeaders.map((leader) => leader.agencyId),
    onDutyLeaders,
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

/**
 * Links a petition the petitioner already has (found by its tracking number in the copy of
 * petitions.events.v1) to the session that received them again; linking twice changes nothing.
 */
export async function receivePetitionByTrackingNumber(em: EntityManager, session: JointVisitSession, trackingNumber: string): Promise<ReceivedPetition> {
  const petition = await em.findOne(ReceivedPetition, { trackingNumber: trackingNumber.trim() });
  if (!petition) throw new NotFoundError('Petition with tracking number', trackingNumber);
  await linkPetition(em, session.id, petition.petitionId, 'TRACKING_NUMBER');
  return petition;
}

/** Records that a session received a petition, once. */
export async function linkPetition(em: EntityManager, sessionId: string, petitionId: string, linkedBy: 'TRACKING_NUMBER' | 'PERSON' | 'REGISTERED_AT_SESSION'): Promise<void> {
  await em.createQueryBuilder(SessionPetition)
    .insert({ sessionId, petitionId, linkedBy, linkedAt: new Date() })
    .onConflict(['sessionId', 'petitionId']).ignore()
    .execute();
}

/**
 * Links every petition of a returning petitioner, found by the keyed hash of the ID number
 * they show (none found: NOT_FOUND, nothing linked); returns how many were linked.
 */
export async function receivePetitionsByPerson(em: EntityManager, session: JointVisitSession, idNumber: string): Promise<number> {
  const rows = await em.find(ReceivedPetitioner, { idNumberHash: residentIdHash(idNumber) });
  if (rows.length === 0) throw new NotFoundError('Petition of the petitioner with that ID number', 'idNumber');
  for (const row of rows) await linkPetition(em, session.id, row.petitionId, 'PERSON');
  return rows.length;
}
