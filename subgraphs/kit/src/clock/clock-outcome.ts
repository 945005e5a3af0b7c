import type { LocalDate } from './local-date';
import { daysBetween, toEpochDay } from './local-date';
import { shanghaiDateOf } from './shanghai-time';
import type { WorkingDayCalendar } from './working-day-calendar';

/**
 * MET: done on or before the deadline (按期办结). MISSED: done late, or not done and the
 * deadline has passed (超期). DUE_SOON: not done, due within the threshold (临期). RUNNING:
 * otherwise, including a paused clock with no due date.
 */
export type ClockStatus = 'MET' | 'MISSED' | 'DUE_SOON' | 'RUNNING';

/** "Due within N days": counted in calendar or working days. */
export interface DueSoonThreshold {
  unit: 'CALENDAR_DAYS' | 'WORKING_DAYS';
  amount: number;
}

/** The platform's default warning: due today or within the next 3 calendar days. */
export const DEFAULT_DUE_SOON: DueSoonThreshold = { unit: 'CALENDAR_DAYS', amount: 3 };

export interface ClockOutcome {
  status: ClockStatus;
  /** Days from the China day of `metAt ?? now` to the due day: 0 = due that day, negative = late. */
  remainingCalendarDays: number | null;
  /** Working days in the same span (the due day counted, the reference day not); negative = late. */
  remainingWorkingDays: number | null;
}

export interface OutcomeInput {
  dueAt: Date | null;
  metAt?: Date | null;
  now: Date;
  calendar: WorkingDayCalendar;
  dueSoonWithin?: DueSoonThreshold;
}

export function clockOutcome({ dueAt, metAt = null, now, calendar, dueSoonWithin = DEFAULT_DUE_SOON }: OutcomeInput): ClockOutcome {
  if (dueAt === null) return { status: metAt ? 'MET' : 'RUNNING', remainingCalendarDays: null, remainingWorkingDays: null };
  const reference = metAt ?? now;
  const from = shanghaiDateOf(reference);
  const due = shanghaiDateOf(dueAt);
  const remainingCalendarDays = daysBetween(from, due);
  const remainingWorkingDays = workingDaysBetween(from, due, calendar);
  const onTime = reference.getTime() <= dueAt.getTime();
  let status: ClockStatus;
  if (metAt) status = onTime ? 'MET' : 'MISSED';
  else if (!onTime) status = 'MISSED';
  else {
    const remaining = dueSoonWithin.unit === 'WORKING_DAYS' ? remainingWorkingDays : remainingCalendarDays;
    status = remaining <= dueSoonWithin.amount ? 'DUE_SOON' : 'RUNNING';
  }
  return { status, remainingCalendarDays, remainingWorkingDays };
}

/** Working days after `from` up to and including `to`; negative when `to` comes first. */
export function workingDaysBetween(from: LocalDate, to: LocalDate, calendar: WorkingDayCalendar): number {
  const [start, end, sign] = from <= to ? [toEpochDay(from), toEpochDay(to), 1] : [toEpochDay(to), toEpochDay(from), -1];
  let count = 0;
  for (let day = start + 1; day <= end; day += 1) if (calendar.isWorkingEpochDay(day)) count += 1;
  return sign * count;
}
