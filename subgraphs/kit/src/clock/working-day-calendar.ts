import type { CalendarOverride } from './calendar-override';
import { indexOverrides } from './calendar-override';
import type { LocalDate } from './local-date';
import { dayOfWeekOfEpochDay, fromEpochDay, toEpochDay, yearOf } from './local-date';
import type { OfficialCalendar } from './official-calendar';
import { CHINESE_DAYS_CALENDAR } from './official-calendar';

/** Where a year's holidays come from: the package, only administrators' overrides, or nowhere. */
export type YearCoverage = 'OFFICIAL' | 'OVERRIDES' | 'NONE';

/**
 * Which days are working days (工作日): Monday to Friday, minus public holidays, plus make-up
 * working days (调休上班), with administrators' overrides winning over all of that.
 * Everything is folded into two sets of epoch days up front because deadline arithmetic asks
 * `isWorkingDay` once per day in loops.
 */
export class WorkingDayCalendar {
  private readonly working = new Set<number>();
  private readonly resting = new Set<number>();
  private readonly overrideYears = new Set<number>();
  /** Years the package's official data carries. */
  readonly officialYears: readonly number[];

  constructor(overrides: readonly CalendarOverride[] = [], official: OfficialCalendar = CHINESE_DAYS_CALENDAR) {
    this.officialYears = official.years;
    for (const date of official.holidays.keys()) this.resting.add(toEpochDay(date));
    for (const date of official.makeUpWorkingDays.keys()) this.working.add(toEpochDay(date));
    for (const override of indexOverrides(overrides).values()) {
      const day = toEpochDay(override.date);
      this.working.delete(day);
      this.resting.delete(day);
      (override.kind === 'WORKING_DAY' ? this.working : this.resting).add(day);
      this.overrideYears.add(yearOf(override.date));
    }
  }

  isWorkingDay(date: LocalDate): boolean {
    return this.isWorkingEpochDay(toEpochDay(date));
  }

  /** The same question on an epoch day, for loops that walk day by day. */
  isWorkingEpochDay(day: number): boolean {
    if (this.working.has(day)) return true;
    if (this.resting.has(day)) return false;
    const weekday = dayOfWeekOfEpochDay(day);
    return weekday !== 0 && weekday !== 6;
  }

  /** The first working day on or after `date`. */
  nextWorkingDayFrom(date: LocalDate): LocalDate {
    let day = toEpochDay(date);
    while (!this.isWorkingEpochDay(day)) day += 1;
    return fromEpochDay(day);
  }

  /**
   * Whether a year's rest days are known. A year counts as covered by overrides once an
   * administrator entered at least one override in it (they enter a whole notice at a time);
   * a NONE year falls back to plain weekends, and callers should warn.
   */
  coverageOf(year: number): YearCoverage {
    if (this.officialYears.includes(year)) return 'OFFICIAL';
    return this.overrideYears.has(year) ? 'OVERRIDES' : 'NONE';
  }

  /** The years from `from` to `to` (inclusive) this calendar has no notice for. */
  uncoveredYearsBetween(from: LocalDate, to: LocalDate): number[] {
    const years: number[] = [];
    for (let year = yearOf(from); year <= yearOf(to); year += 1) {
      if (this.coverageOf(year) === 'NONE') years.push(year);
    }
    return years;
  }
}
