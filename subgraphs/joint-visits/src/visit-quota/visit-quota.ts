import { daysBetween, yearOf } from '@xinfang/kit';
import type { LocalDate } from '@xinfang/kit';

/** Each leader visits at least 12 times a year (每年累计下访不少于12次), unless the agency sets otherwise. */
export const DEFAULT_VISITS_PER_YEAR = 12;

/** The first and last China calendar day of a year: a visit counts for the year its China date falls in. */
export function daysOfYear(year: number): { first: LocalDate; last: LocalDate } {
  return { first: `${year}-01-01`, last: `${year}-12-31` };
}

export function daysInYear(year: number): number {
  const { first, last } = daysOfYear(year);
  return daysBetween(first, last) + 1;
}

/**
 * How many visits a leader should have made by the end of `today` (a China date), pro rata
 * through the year: today counts as elapsed, and the share is rounded down, so a leader is
 * behind only once a whole visit that was due is missing (with 12 a year, the first is due by
 * 31 January; on 30 January none is yet). A past year expects the full quota, a future one none.
 */
export function expectedSoFar(visitsPerYear: number, year: number, today: LocalDate): number {
  const thisYear = yearOf(today);
  if (year < thisYear) return visitsPerYear;
  if (year > thisYear) return 0;
  const elapsed = daysBetween(daysOfYear(year).first, today) + 1;
  return Math.floor((visitsPerYear * elapsed) / daysInYear(year));
}

/** One leader's standing: behind when fewer visits than expected so far. */
export function standing(visits: number, visitsPerYear: number, year: number, today: LocalDate) {
  const expected = expectedSoFar(visitsPerYear, year, today);
  return { visits, quota: visitsPerYear, expectedSoFar: expected, behind: visits < expected, shortfall: Math.max(0, expected - visits) };
}
