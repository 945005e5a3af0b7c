import { addDays, dayOfWeekOfEpochDay, shanghaiDateOf, startOfShanghaiDay, toEpochDay } from '@xinfang/kit';
import type { LocalDate } from '@xinfang/kit';

/**
 * A contact point's fixed visiting day (定点定时): every week on a weekday (1 = Monday … 7 =
 * Sunday) or every month on a day of the month, between two Beijing times. A month without
 * the day (the 31st in April) has no visit on it that month.
 */
export interface VisitingDay {
  weekday: number | null;
  dayOfMonth: number | null;
  startTime: string;
  endTime: string;
}

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;
const MINUTE_MS = 60_000;
/** Far enough ahead to reach the next 31st from any day (31 January → 31 March is 59 days). */
const HORIZON_DAYS = 62;

/** Why a visiting day is not one, or null when it is. */
export function visitingDayProblem(day: VisitingDay): string | null {
  const hasWeekday = day.weekday !== null && day.weekday !== undefined;
  const hasDayOfMonth = day.dayOfMonth !== null && day.dayOfMonth !== undefined;
  if (hasWeekday === hasDayOfMonth) return 'give either a weekday or a day of the month';
  if (hasWeekday && !(Number.isInteger(day.weekday) && day.weekday! >= 1 && day.weekday! <= 7)) return 'weekday must be 1 (Monday) to 7 (Sunday)';
  if (hasDayOfMonth && !(Number.isInteger(day.dayOfMonth) && day.dayOfMonth! >= 1 && day.dayOfMonth! <= 31)) return 'dayOfMonth must be 1 to 31';
  if (!TIME.test(day.startTime) || !TIME.test(day.endTime)) return 'times are HH:MM, 00:00 to 23:59';
  if (day.endTime <= day.startTime) return 'endTime must be after startTime';
  return null;
}

/** Whether the rule falls on a China date. */
export function fallsOn(day: VisitingDay, date: LocalDate): boolean {
  if (day.weekday) return isoWeekday(date) === day.weekday;
  return Number(date.slice(8, 10)) === day.dayOfMonth;
}

/** The next visiting hours not yet over at `now` (today's count while they last), or null without rules. */
export function nextVisit(days: readonly VisitingDay[], now: Date): { date: LocalDate; startsAt: Date; endsAt: Date } | null {
  const today = shanghaiDateOf(now);
  for (let offset = 0; offset <= HORIZON_DAYS; offset++) {
    const date = addDays(today, offset);
    const open = days
      .filter((day) => fallsOn(day, date))
      .map((day) => ({ date, startsAt: at(date, day.startTime), endsAt: at(date, day.endTime) }))
      .filter((hours) => hours.endsAt.getTime() > now.getTime())
      .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
    if (open[0]) return open[0];
  }
  return null;
}

function isoWeekday(date: LocalDate): number {
  const sundayFirst = dayOfWeekOfEpochDay(toEpochDay(date));
  return sundayFirst === 0 ? 7 : sundayFirst;
}

function at(date: LocalDate, time: string): Date {
  const [hours, minutes] = time.split(':').map(Number) as [number, number];
  return new Date(startOfShanghaiDay(date).getTime() + (hours * 60 + minutes) * MINUTE_MS);
}
