import { CHINESE_DAYS_CALENDAR, yearOf } from '@xinfang/kit';
import type { CalendarOverride, OfficialCalendar } from '@xinfang/kit';
import type { CalendarDay } from './calendar-day';
import { CalendarDayKind, CalendarDaySource } from './calendar-kind';

/**
 * The days of a year that the official calendar or a correction names, by date, with what
 * each is now and where that comes from: the package's holidays and make-up working days,
 * then the corrections over them. Weekends nothing names are left out.
 */
export function namedDaysOf(year: number, corrections: readonly CalendarOverride[], official: OfficialCalendar = CHINESE_DAYS_CALENDAR): CalendarDay[] {
  const days = new Map<string, CalendarDay>();
  const fromPackage = (entries: ReadonlyMap<string, string>, kind: CalendarDayKind) => {
    for (const [date, note] of entries) {
      if (yearOf(date) === year) days.set(date, { date, kind, source: CalendarDaySource.PACKAGE, officialKind: kind, note });
    }
  };
  fromPackage(official.holidays, CalendarDayKind.HOLIDAY);
  fromPackage(official.makeUpWorkingDays, CalendarDayKind.WORKING_DAY);
  for (const correction of corrections) {
    if (yearOf(correction.date) !== year) continue;
    const officialKind = days.get(correction.date)?.officialKind ?? null;
    days.set(correction.date, { date: correction.date, kind: correction.kind as CalendarDayKind, source: CalendarDaySource.CORRECTION, officialKind, note: correction.note ?? null });
  }
  return [...days.values()].sort((a, b) => a.date.localeCompare(b.date));
}
