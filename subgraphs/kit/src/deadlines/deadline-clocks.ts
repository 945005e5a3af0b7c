import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { ClockState } from '../clock/clock-state';
import { startClock } from '../clock/clock-state';
import type { ClockRuleCode } from '../clock/clock-rules';
import { CLOCK_RULES } from '../clock/clock-rules';
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

/** The clock's state as the pure engine sees it. */
export function stateOf(clock: DeadlineClock): ClockState {
  return { rule: CLOCK_RULES[clock.rule], startedAt: clock.startedAt, pauses: clock.pauses, extensions: clock.extensions };
}

/** Recomputes the due and due-soon instants after a start, pause, resume or extension. */
export function reschedule(clock: DeadlineClock, calendar: WorkingDayCalendar): DeadlineClock {
  const schedule = scheduleOf(stateOf(clock), calendar);
  clock.dueAt = schedule.dueAt;
  clock.dueSoonAt = schedule.dueDate === null ? null : startOfShanghaiDay(addDays(schedule.dueDate, -DUE_SOON_DAYS));
  return clock;
}

/** Starts a named deadline for a matter, in the caller's unit of work. */
export function startDeadline(
  em: EntityManager,
  rule: ClockRuleCode,
  subject: DeadlineSubject,
  startedAt: Date,
  calendar: WorkingDayCalendar,
): DeadlineClock {
  const clock = em.create(DeadlineClock, {
    id: randomUUID(),
    rule,
    subjectType: subject.type,
    subjectId: subject.id,
    agencyId: subject.agencyId,
    responsibleId: subject.responsibleId ?? null,
    startedAt: startClock(CLOCK_RULES[rule], startedAt).startedAt,
  });
  return reschedule(clock, calendar);
}

/** The obligation was fulfilled: the clock stops, met on time or not. */
export function meetDeadline(clock: DeadlineClock, at: Date): void {
  clock.metAt ??= at;
}

/** The China day a clock is due, for messages and lists. */
export function dueDayOf(clock: DeadlineClock): string | null {
  return clock.dueAt === null ? null : shanghaiDateOf(clock.dueAt);
}
