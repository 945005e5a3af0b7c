import type { EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import { loadWorkingCalendar, lockClocksOf, meetDeadline, readEnv, restartDeadline, startDeadline } from '@xinfang/kit';
import type { DeadlineClock } from '@xinfang/kit';
import type { ClockRuleCode } from '@xinfang/kit';
import type { Petition } from './petition.entity';

/** The subject type petitions' clocks are stored under. */
export const PETITION_SUBJECT = 'Petition';

export const petitionDeadlinesEnvShape = {
  /** 件件有回复: 7 calendar days by default; some provinces count working days. */
  PROCEDURAL_REPLY_DAYS: z.enum(['CALENDAR', 'WORKING']).default('CALENDAR'),
};

/** Which rule times the procedural reply, as configured. */
export function proceduralReplyRule(source?: NodeJS.ProcessEnv): ClockRuleCode {
  return readEnv(petitionDeadlinesEnvShape, source).PROCEDURAL_REPLY_DAYS === 'WORKING' ? 'PROCEDURAL_REPLY_WORKING_DAYS' : 'PROCEDURAL_REPLY';
}

const replyRule = proceduralReplyRule();

/**
 * Every petition owes a procedural reply within 7 days (the procuratorate's rule), the
 * Regulations' written notice within 15 (art. 22, 23; met by the same reply), and a result
 * within 3 months of receipt.
 */
export async function startPetitionDeadlines(em: EntityManager, petition: Petition): Promise<DeadlineClock[]> {
  const calendar = await loadWorkingCalendar(em);
  const subject = { type: PETITION_SUBJECT, id: petition.id, agencyId: petition.receivingAgencyId };
  return [replyRule, 'REGISTRATION_NOTICE' as const, 'HANDLING_RESULT' as const].map((rule) => startDeadline(em, rule, subject, petition.receivedAt, calendar));
}

/** The due instant of one of a petition's deadlines, from its loaded clocks. */
export function dueAtOf(clocks: readonly DeadlineClock[], kind: 'reply' | 'result'): Date | null {
  const wanted = kind === 'result' ? ['HANDLING_RESULT'] : ['PROCEDURAL_REPLY', 'PROCEDURAL_REPLY_WORKING_DAYS'];
  return clocks.find((clock) => wanted.includes(clock.rule))?.dueAt ?? null;
}

/** The rules a procedural reply meets, and those a recorded result meets. */
export const REPLY_RULES: readonly ClockRuleCode[] = ['PROCEDURAL_REPLY', 'PROCEDURAL_REPLY_WORKING_DAYS', 'REGISTRATION_NOTICE'];
export const RESULT_RULES: readonly ClockRuleCode[] = ['HANDLING_RESULT', 'HANDLING'];

/** A petition's stored clocks, locked for the step that meets or moves them. */
export function clocksOfPetition(em: EntityManager, petitionId: string): Promise<DeadlineClock[]> {
  return lockClocksOf(em, PETITION_SUBJECT, petitionId);
}

/**
 * The Regulations' 60 days from acceptance (art. 34), owed by the agency that accepted it:
 * started on acceptance, started again when another agency accepts it after a transfer or
 * when it is reopened.
 */
export async function startHandlingClock(em: EntityManager, petition: Petition, at: Date): Promise<void> {
  const calendar = await loadWorkingCalendar(em);
  const existing = (await clocksOfPetition(em, petition.id)).find((clock) => clock.rule === 'HANDLING');
  if (existing) restartDeadline(existing, at, calendar, petition.handlingAgencyId);
  else startDeadline(em, 'HANDLING', { type: PETITION_SUBJECT, id: petition.id, agencyId: petition.handlingAgencyId, responsibleId: petition.handlerStaffId }, at, calendar);
}

/** The step fulfils these obligations of the petition: their clocks stop, met on time or not. */
export async function meetPetitionClocks(em: EntityManager, petitionId: string, rules: readonly ClockRuleCode[], at: Date): Promise<void> {
  for (const clock of await clocksOfPetition(em, petitionId)) if (rules.includes(clock.rule)) meetDeadline(clock, at);
}
