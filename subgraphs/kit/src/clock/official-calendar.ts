import type { LocalDate } from './local-date';
import { yearOf } from './local-date';
// The package's published data file (its README links it for non-JS users). Reading the data
// rather than calling its isWorkday() avoids that function's use of the process's local time
// zone, which shifts every date by one on a server west of UTC.
import chineseDaysData from 'chinese-days/dist/chinese-days.json';

/**
 * China's official calendar as the State Council announces it each year (国务院办公厅关于
 * 部分节假日安排的通知): public holidays (法定节假日, including the weekend days inside a
 * holiday block) and the make-up working days (调休上班) that move rest days around them.
 */
export interface OfficialCalendar {
  /** Rest days by announcement, date → "English name,中文名,days". */
  readonly holidays: ReadonlyMap<LocalDate, string>;
  /** Weekend days turned into working days (调休上班), date → the holiday they pay for. */
  readonly makeUpWorkingDays: ReadonlyMap<LocalDate, string>;
  /** The years whose notice the data carries; any other year is weekends-only guesswork. */
  readonly years: readonly number[];
}

/** Builds an official calendar from `{ holidays, workdays }` maps shaped like chinese-days' data. */
export function officialCalendarFrom(data: {
  holidays: Record<string, string>;
  workdays: Record<string, string>;
}): OfficialCalendar {
  const holidays = new Map(Object.entries(data.holidays));
  const makeUpWorkingDays = new Map(Object.entries(data.workdays));
  const years = [...new Set([...holidays.keys(), ...makeUpWorkingDays.keys()].map(yearOf))].sort((a, b) => a - b);
  return { holidays, makeUpWorkingDays, years };
}

/** The calendar shipped by the installed `chinese-days` (1.5.7 carries 2004–2026, not 2027). */
export const CHINESE_DAYS_CALENDAR: OfficialCalendar = officialCalendarFrom(chineseDaysData);
