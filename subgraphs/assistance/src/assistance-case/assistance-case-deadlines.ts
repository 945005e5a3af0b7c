import type { EntityManager } from '@mikro-orm/postgresql';
import { loadWorkingCalendar, lockClocksOf, meetDeadline, startDeadline } from '@xinfang/kit';
import type { DeadlineClock } from '@xinfang/kit';
import type { AssistanceCase } from './assistance-case.entity';

/** The subject type cases' clocks and history are stored under. */
export const ASSISTANCE_CASE_SUBJECT = 'AssistanceCase';

/** From the application to the decision: 10 working days (ASSISTANCE_DECISION), owed by the handling procuratorate. */
export async function startDecisionDeadline(em: EntityManager, assistanceCase: AssistanceCase): Promise<DeadlineClock> {
  const subject = { type: ASSISTANCE_CASE_SUBJECT, id: assistanceCase.id, agencyId: assistanceCase.handlingAgencyId };
  return startDeadline(em, 'ASSISTANCE_DECISION', subject, assistanceCase.appliedAt, await loadWorkingCalendar(em));
}

/** A decision (approved or refused) meets the clock; a withdrawn case owes none, and its clock goes (the history keeps why). */
export async function settleDecisionDeadline(em: EntityManager, assistanceCase: AssistanceCase, outcome: 'DECIDED' | 'WITHDRAWN', at: Date): Promise<void> {
  const clock = (await lockClocksOf(em, ASSISTANCE_CASE_SUBJECT, assistanceCase.id)).find((candidate) => candidate.rule === 'ASSISTANCE_DECISION');
  if (!clock || clock.metAt) return;
  if (outcome === 'DECIDED') meetDeadline(clock, at);
  else em.remove(clock);
}
