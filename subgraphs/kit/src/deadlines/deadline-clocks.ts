import { randomUUID } from 'node:crypto';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { ClockExtension, ClockState } from '../clock/clock-state';
import { extendClock, pauseClock, resumeClock } from '../clock/clock-transitions';
import { IllegalTransitionError } from '../errors/errors';
import { startClock } from '../clock/clock-state';
import type { ClockRuleCode } from '../clock/clock-rules';
import { CLOCK_RULES, ruleWithAmount } from '../clock/clock-rules';
import { scheduleOf } from '../clock/clock-schedule';
import { addDays } from '../clock/local-date';
import { shanghaiDateOf, startOfShanghaiDay } from '../clock/shanghai-time';
import type { WorkingDayCalendar } from '../clock/working-day-calendar';
import { DeadlineClock } from './deadline-clock.entity';

/** How long before its due day a clock counts as due soon (临期): three China days. */
export const DUE_SOON_DAYS = 3;

export interface DeadlineSubject {
  type: string;
  id: string;
  agencyId: string;
  responsibleId?: string | null;
}

/**
 * The clock's state as the pure engine sees it. Pauses and extensions are stored as JSON, so
 * once read back their instants are strings: they become dates again here.
 */
export function stateOf(clock: DeadlineClock): ClockState {
  return {
    rule: ruleWithAmount(clock.rule, clock.amount),
    startedAt: clock.startedAt,
    pauses: clock.pauses.map((pause) => ({ ...pause, from: new Date(pause.from), until: pause.until === null ? null : new Date(pause.until) })),
    extensions: clock.extensions.map((extension) => ({ ...extension, at: new Date(extension.at) })),
  };
}

/** Recomputes the due and due-soon instants after a start, pause, resume or extension. */
export function reschedule(clock: DeadlineClock, calendar: WorkingDayCalendar): DeadlineClock {
  const schedule = scheduleOf(stateOf(clock), calendar);
  clock.dueAt = schedule.dueAt;
  clock.dueSoonAt = schedule.dueDate === null ? null : startOfShanghaiDay(addDays(schedule.dueDate, -DUE_SOON_DAYS));
  return clock;
}

/**
 * Starts a named deadline for a matter, in the caller's unit of work; `amount` is the
 * deployment's own length for a rule that allows one (the return visit's days).
 */
export function startDeadline(
  em: EntityManager,
  rule: ClockRuleCode,
  subject: DeadlineSubject,
  startedAt: Date,
  calendar: WorkingDayCalendar,
  options: { amount?: number } = {},
): DeadlineClock {
  const amount = options.amount ?? null;
  const clock = em.create(DeadlineClock, {
    id: randomUUID(),
    rule,
    amount: ruleWithAmount(rule, amount) === CLOCK_RULES[rule] ? null : amount,
    subjectType: subject.type,
    subjectId: subject.id,
    agencyId: subject.agencyId,
    responsibleId: subject.responsibleId ?? null,
    startedAt: startClock(CLOCK_RULES[rule], startedAt).startedAt,
  });
  return reschedule(clock, calendar);
}

/**
 * An approved extension (延期), checked against the rule's policy (the Regulations' handling
 * deadline: once, by at most 30 days), and the due date moved by it.
 */
export function extendDeadline(clock: DeadlineClock, extension: ClockExtension, calendar: WorkingDayCalendar): DeadlineClock {
  if (clock.metAt) throw new IllegalTransitionError('deadline', 'MET', 'extend a deadline');
  clock.extensions = [...extendClock(stateOf(clock), extension, CLOCK_RULES[clock.rule].extensionPolicy).extensions];
  return reschedule(clock, calendar);
}

/** The obligation begins again (a reopened matter, a new handling agency): from `at`, with nothing of the last round. */
export function restartDeadline(clock: DeadlineClock, at: Date, calendar: WorkingDayCalendar, agencyId = clock.agencyId): DeadlineClock {
  Object.assign(clock, { startedAt: startClock(CLOCK_RULES[clock.rule], at).startedAt, agencyId, pauses: [], extensions: [], metAt: null, missedAt: null, dueSoonSentAt: null });
  return reschedule(clock, calendar);
}

/** The clock stops (a public hearing, an expert assessment), with why; its due date is unknown until it resumes. */
export function pauseDeadline(clock: DeadlineClock, at: Date, reason: string, calendar: WorkingDayCalendar): DeadlineClock {
  clock.pauses = [...pauseClock(stateOf(clock), at, reason).pauses];
  return reschedule(clock, calendar);
}

/** The clock runs again; the days it stood still are added to its due date. */
export function resumeDeadline(clock: DeadlineClock, at: Date, calendar: WorkingDayCalendar): DeadlineClock {
  clock.pauses = [...resumeClock(stateOf(clock), at).pauses];
  return reschedule(clock, calendar);
}

/**
 * A matter's clocks, read fresh and locked until the caller's transaction ends (a workflow
 * step is one): a step that meets or moves them waits for, rather than collides with, the
 * scheduler stamping one missed at that moment, and the scheduler skips them meanwhile.
 */
export function lockClocksOf(em: EntityManager, subjectType: string, subjectId: string): Promise<DeadlineClock[]> {
  return em.find(DeadlineClock, { subjectType, subjectId }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
}

/** The obligation was fulfilled: the clock stops, met on time or not. */
export function meetDeadline(clock: DeadlineClock, at: Date): void {
  clock.metAt ??= at;
}

/** The China day a clock is due, for messages and lists. */
export function dueDayOf(clock: DeadlineClock): string | null {
  return clock.dueAt === null ? null : shanghaiDateOf(clock.dueAt);
}
