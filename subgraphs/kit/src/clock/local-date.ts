import { BadUserInputError } from '../errors/errors';

/**
 * A calendar date as people in China read it off a wall calendar, `YYYY-MM-DD`.
 * Deadlines (时限) are counted in these days, never in 24-hour slices of UTC time.
 */
export type LocalDate = string;

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01: plain integers make "the next day" and "how many days" exact. */
export function toEpochDay(date: LocalDate): number {
  const match = LOCAL_DATE.exec(date);
  if (!match) throw new BadUserInputError(`"${date}" is not a date in the form YYYY-MM-DD`, { date });
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(year, month - 1, day);
  // Date.UTC silently rolls 2026-02-30 over into March; refuse it instead.
  if (new Date(ms).getUTCDate() !== day || month < 1 || month > 12) {
    throw new BadUserInputError(`${date} is not a day of the calendar`, { date });
  }
  return ms / MS_PER_DAY;
}

export function fromEpochDay(epochDay: number): LocalDate {
  return new Date(epochDay * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Whether a string is a real `YYYY-MM-DD` day (2026-02-29 is not). */
export function isLocalDate(value: string): boolean {
  try {
    toEpochDay(value);
    return true;
  } catch {
    return false;
  }
}

export function addDays(date: LocalDate, days: number): LocalDate {
  return fromEpochDay(toEpochDay(date) + days);
}

/** `to − from` in calendar days: negative when `to` comes first. */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  return toEpochDay(to) - toEpochDay(from);
}

/** 0 = Sunday … 6 = Saturday; 1970-01-01 was a Thursday. */
export function dayOfWeekOfEpochDay(epochDay: number): number {
  return (((epochDay + 4) % 7) + 7) % 7;
}

export function yearOf(date: LocalDate): number {
  return Number(date.slice(0, 4));
}

/**
 * The same day of the month `months` later, clamped to that month's last day: a period of one
 * month from 31 January ends on 28 February, or 29 February in a leap year (以月计算的期间,
 * 没有对应日的, 以该月最后一日为期间届满日).
 */
export function addMonthsClamped(date: LocalDate, months: number): LocalDate {
  toEpochDay(date);
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const monthIndex = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(monthIndex / 12);
  const targetMonth = monthIndex - targetYear * 12;
  const lastDay = new Date(Date.UTC(targetYear, targetMonth + 1, 0)).getUTCDate();
  return fromEpochDay(Date.UTC(targetYear, targetMonth, Math.min(day, lastDay)) / MS_PER_DAY);
}
