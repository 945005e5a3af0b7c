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

/** The kinds an administrator may give a day. */
export const DAY_KINDS: readonly DayKind[] = ['WORKING_DAY', 'HOLIDAY'];

/** One field of an input that breaks a rule, in the shape class-validator's refusals take. */
export interface InvalidField {
  field: string;
  problems: string[];
}

/**
 * Why a batch of corrections cannot be saved, field by field as class-validator names them
 * (`days.2.date`), or none when it can: each date a real `YYYY-MM-DD` day, each kind
 * WORKING_DAY or HOLIDAY, no date given twice. Problems never quote the input back.
 */
export function calendarCorrectionProblems(days: readonly { date: string; kind: string }[], field = 'days'): InvalidField[] {
  const kinds = days.flatMap((day, index) =>
    (DAY_KINDS as readonly string[]).includes(day.kind) ? [] : [{ field: `${field}.${index}.kind`, problems: [`must be one of ${DAY_KINDS.join(', ')}`] }]);
  const dates = calendarDateProblems(days.map((day) => day.date), field, (index) => `${field}.${index}.date`);
  return [...dates, ...kinds].sort((a, b) => a.field.localeCompare(b.field, 'en', { numeric: true }));
}

/** As `calendarCorrectionProblems` for a list of dates alone (`dates.1`), e.g. corrections to remove. */
export function calendarDateProblems(dates: readonly string[], field = 'dates', fieldOf = (index: number) => `${field}.${index}`): InvalidField[] {
  if (dates.length === 0) return [{ field, problems: ['name at least one day'] }];
  const found: InvalidField[] = [];
  const firstIndexOf = new Map<string, number>();
  dates.forEach((date, index) => {
    if (!isLocalDate(date)) found.push({ field: fieldOf(index), problems: ['must be a real day of the calendar in the form YYYY-MM-DD'] });
    const first = firstIndexOf.get(date);
    if (first === undefined) firstIndexOf.set(date, index);
    else found.push({ field: fieldOf(index), problems: [`repeats the date of ${field}.${first}`] });
  });
  return found;
}

/** BAD_USER_INPUT for what the checks above found, naming the first field (and at most three, to stay short). */
export function refuseInvalidFields(invalidFields: readonly InvalidField[]): void {
  if (invalidFields.length === 0) return;
  const message = invalidFields.map((invalid) => `${invalid.field} ${invalid.problems.join(', ')}`).join('; ');
  throw new BadUserInputError(message, { field: invalidFields[0]!.field, invalidFields: invalidFields.slice(0, 3) });
}
