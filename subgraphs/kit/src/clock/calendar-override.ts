import { BadUserInputError } from '../errors/errors';
import type { LocalDate } from './local-date';
import { isLocalDate } from './local-date';

/** What an administrator says a day is, whatever the package or the weekday says. */
export type DayKind = 'WORKING_DAY' | 'HOLIDAY';

/**
 * An administrator's correction of the calendar: next year's State Council notice before a
 * package release carries it (2027 with chinese-days 1.5.7), a late change to the holiday
 * arrangement, or a local rest day. An override always wins over the package.
 */
export interface CalendarOverride {
  date: LocalDate;
  kind: DayKind;
  /** Why, e.g. "国办发明电〔2026〕x号: 2027 春节调休". */
  note?: string;
}

/** Refuses malformed dates and the same date given two different kinds; returns date → override. */
export function indexOverrides(overrides: readonly CalendarOverride[]): ReadonlyMap<LocalDate, CalendarOverride> {
  const byDate = new Map<LocalDate, CalendarOverride>();
  for (const override of overrides) {
    if (!isLocalDate(override.date)) {
      throw new BadUserInputError(`Calendar override date "${override.date}" is not a YYYY-MM-DD day`, { date: override.date });
    }
    if (override.kind !== 'WORKING_DAY' && override.kind !== 'HOLIDAY') {
      throw new BadUserInputError(`Calendar override kind must be WORKING_DAY or HOLIDAY`, { date: override.date });
    }
    const earlier = byDate.get(override.date);
    if (earlier && earlier.kind !== override.kind) {
      throw new BadUserInputError(`${override.date} is overridden both as ${earlier.kind} and as ${override.kind}`, {
        date: override.date,
      });
    }
    byDate.set(override.date, override);
  }
  return byDate;
}
