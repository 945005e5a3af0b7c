import type { LocalDate } from './local-date';
import { addDays, toEpochDay } from './local-date';

/**
 * China keeps one time zone, Asia/Shanghai (北京时间), at UTC+8 all year round: it has had no
 * daylight saving time since 1991, so a fixed offset is exact and no time-zone database is needed.
 */
export const SHANGHAI_UTC_OFFSET_MS = 8 * 3_600_000;

const MS_PER_DAY = 86_400_000;

/** The China calendar day an instant falls on: 2026-03-02T16:30Z is already 3 March in Beijing. */
export function shanghaiDateOf(instant: Date): LocalDate {
  assertInstant(instant);
  return new Date(instant.getTime() + SHANGHAI_UTC_OFFSET_MS).toISOString().slice(0, 10);
}

/** Midnight at the start of a China day, `YYYY-MM-DDT00:00:00.000+08:00`. */
export function startOfShanghaiDay(date: LocalDate): Date {
  return new Date(toEpochDay(date) * MS_PER_DAY - SHANGHAI_UTC_OFFSET_MS);
}

/**
 * The last millisecond of a China day, `YYYY-MM-DDT23:59:59.999+08:00`: a deadline "within N days"
 * runs until 24:00 Beijing time of its last day, which is 15:59:59.999Z, not the end of the UTC day.
 */
export function endOfShanghaiDay(date: LocalDate): Date {
  return new Date(startOfShanghaiDay(addDays(date, 1)).getTime() - 1);
}

function assertInstant(instant: Date): void {
  if (Number.isNaN(instant.getTime())) throw new RangeError('An invalid Date is not an instant');
}
