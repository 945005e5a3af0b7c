import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { BadUserInputError, IllegalTransitionError, loadWorkingCalendar, pauseDeadline, resumeDeadline } from '@xinfang/kit';
import type { StepChange } from '@xinfang/kit';
import type { Petition } from '../petition/petition.entity';
import { clocksOfPetition } from '../petition/petition-deadlines';
import { Hearing } from './hearing.entity';
import { HearingStatus } from './hearing-kind';
import type { HearingOpinion, HearingParticipant } from './hearing-kind';

const PAUSE_REASON = 'Public hearing (公开听证)';

/** Schedules the hearing and stops the petition's open clocks until it concludes. */
export async function scheduleHearing(em: EntityManager, petition: Petition, change: StepChange): Promise<void> {
  if (await em.count(Hearing, { petitionId: petition.id, status: HearingStatus.SCHEDULED })) {
    throw new IllegalTransitionError('petition', 'awaiting its hearing', 'schedule another hearing before the first concludes');
  }
  const participants = change.fields.participants as HearingParticipant[];
  if (!Array.isArray(participants) || participants.length === 0) throw new BadUserInputError('A hearing needs its invited participants', { field: 'participants' });
  em.create(Hearing, {
    id: randomUUID(),
    petitionId: petition.id,
    agencyId: petition.handlingAgencyId,
    scheduledFor: new Date(String(change.fields.scheduledFor)),
    venue: String(change.fields.venue).trim(),
    participants: participants.map(({ name, affiliation, kind }) => ({ name: name.trim(), affiliation: affiliation.trim(), kind })),
    scheduledByName: change.actor.name,
  });
  const calendar = await loadWorkingCalendar(em);
  for (const clock of await clocksOfPetition(em, petition.id)) {
    if (!clock.metAt && clock.dueAt) pauseDeadline(clock, change.at, PAUSE_REASON, calendar);
  }
}

/** Records the conclusion and the opinions, and lets the clocks the hearing stopped run again. */
export async function concludeHearing(em: EntityManager, petition: Petition, change: StepChange): Promise<void> {
  const hearing = await em.findOne(Hearing, { petitionId: petition.id, status: HearingStatus.SCHEDULED });
  if (!hearing) throw new IllegalTransitionError('petition', 'without a scheduled hearing', 'conclude a hearing');
  const opinions = change.fields.opinions as HearingOpinion[];
  const invited = new Set(hearing.participants.map((participant) => participant.name));
  const strangers = opinions.filter((opinion) => !invited.has(opinion.participant.trim()));
  if (strangers.length > 0) throw new BadUserInputError(`Opinions come from the invited participants; not invited: ${strangers.map((s) => s.participant).join(', ')}`, { field: 'opinions' });
  Object.assign(hearing, { status: HearingStatus.CONCLUDED, conclusion: change.note, opinions, concludedAt: change.at });
  const calendar = await loadWorkingCalendar(em);
  for (const clock of await clocksOfPetition(em, petition.id)) {
    if (!clock.metAt && clock.pauses.some((pause) => pause.until === null && pause.reason === PAUSE_REASON)) resumeDeadline(clock, change.at, calendar);
  }
}
