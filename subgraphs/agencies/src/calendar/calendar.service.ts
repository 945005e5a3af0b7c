import type { EntityManager } from '@mikro-orm/postgresql';
import {
  BadUserInputError, CalendarCorrected, CalendarDayOverride, NotFoundError, WorkingDayCalendar, audit, calendarCorrectionProblems,
  calendarDateProblems, calendarEventKey, calendarRevisionOf, correctionsOf, lockCalendarYear, nextCalendarRevision,
  refuseInvalidFields, stepEvent, yearOf,
} from '@xinfang/kit';
import type { CalendarChange, Identity } from '@xinfang/kit';
import { announce } from '../directory/announce';
import type { DirectoryOrigin } from '../directory/announce';
import type { CalendarCoverage, CalendarDayKind } from './calendar-kind';
import { namedDaysOf } from './calendar-days';
import type { CalendarYear } from './calendar-year';
import type { CorrectCalendarInput, RemoveCalendarCorrectionsInput } from './correct-calendar.input';

/** The years that may be corrected: the package's range and far beyond, but not a typo such as 0207. */
export const CORRECTABLE_YEARS = { first: 2000, last: 2100 };

/** One year's corrections as they stand, by date: an edit changes them in place and says whether it changed any. */
type YearEdit = (rows: Map<string, CalendarDayOverride>, em: EntityManager) => boolean;

/**
 * Sets days of the calendar. Each year the batch changes gets its next revision and a
 * `CalendarCorrected` with its whole set, queued in the same transaction (the outbox) and keyed
 * by the year, so one year's events stay in order. Days already so are left alone; a batch that
 * changes nothing announces nothing. Returns the years the batch named, as they now stand.
 */
export async function correctCalendar(em: EntityManager, input: CorrectCalendarInput, caller: Identity, origin: DirectoryOrigin): Promise<CalendarYear[]> {
  refuseInvalidFields(calendarCorrectionProblems(input.days));
  assertYears(input.days.map((day) => day.date), (index) => `days.${index}.date`);
  const change = changeBy(caller, input.reason);
  return changeYears(em, input.days.map((day) => day.date), change, origin, caller, (year) => (rows, tx) => {
    let changed = false;
    for (const day of input.days.filter((day) => yearOf(day.date) === year)) {
      const wanted = { kind: day.kind, note: day.note?.trim() || null, setBy: change.changedBy, setAt: change.changedAt };
      const row = rows.get(day.date);
      if (row?.kind === wanted.kind && row.note === wanted.note) continue;
      if (row) {
        tx.assign(row, wanted);
      } else {
        const created = tx.create(CalendarDayOverride, { day: day.date, ...wanted });
        tx.persist(created);
        rows.set(day.date, created);
      }
      changed = true;
    }
    return changed;
  });
}

/** Takes corrections back, so the days are again what the package says; NOT_FOUND for a day without one. */
export async function removeCalendarCorrections(em: EntityManager, input: RemoveCalendarCorrectionsInput, caller: Identity, origin: DirectoryOrigin): Promise<CalendarYear[]> {
  refuseInvalidFields(calendarDateProblems(input.dates));
  assertYears(input.dates, (index) => `dates.${index}`);
  const change = changeBy(caller, input.reason);
  return changeYears(em, input.dates, change, origin, caller, (year) => (rows, tx) => {
    for (const date of input.dates.filter((date) => yearOf(date) === year)) {
      const row = rows.get(date);
      if (!row) throw new NotFoundError('Calendar correction of', date);
      tx.remove(row);
      rows.delete(date);
    }
    return true;
  });
}

/** A year of the calendar as it stands: its revision, corrections, coverage and named days. */
export async function calendarYearOf(em: EntityManager, year: number): Promise<CalendarYear> {
  if (!Number.isInteger(year) || year < CORRECTABLE_YEARS.first || year > CORRECTABLE_YEARS.last) {
    refuseInvalidFields([{ field: 'year', problems: [`must be a year from ${CORRECTABLE_YEARS.first} to ${CORRECTABLE_YEARS.last}`] }]);
  }
  const [revision, rows] = await Promise.all([calendarRevisionOf(em, year), correctionsOf(em, year)]);
  const corrections = rows.map((row) => ({ date: row.day, kind: row.kind as CalendarDayKind, note: row.note, setBy: row.setBy, setAt: row.setAt }));
  const overrides = corrections.map((correction) => ({ date: correction.date, kind: correction.kind, note: correction.note ?? undefined }));
  return {
    year,
    revision: revision?.revision ?? 0,
    coverage: new WorkingDayCalendar(overrides).coverageOf(year) as CalendarCoverage,
    corrections,
    reason: revision?.reason ?? null,
    changedBy: revision?.changedBy ?? null,
    changedAt: revision?.changedAt ?? null,
    namedDays: namedDaysOf(year, overrides),
  };
}

/**
 * In one transaction, edits each year the dates fall in, in ascending order (two batches take
 * the years' locks in the same order), each under its year's lock so it reads what the change
 * before it left; a year the edit changed gets its next revision and its announcement.
 */
async function changeYears(em: EntityManager, dates: readonly string[], change: CalendarChange, origin: DirectoryOrigin, caller: Identity, editOf: (year: number) => YearEdit): Promise<CalendarYear[]> {
  const years = [...new Set(dates.map(yearOf))].sort((a, b) => a - b);
  return em.transactional(async (tx) => {
    for (const year of years) {
      await lockCalendarYear(tx, year);
      const rows = new Map((await correctionsOf(tx, year)).map((row) => [row.day, row]));
      if (!editOf(year)(rows, tx)) continue;
      const revision = await nextCalendarRevision(tx, year, change);
      const corrections = [...rows.values()]
        .map((row) => ({ date: row.day, kind: row.kind, note: row.note }))
        .sort((a, b) => a.date.localeCompare(b.date));
      const data = { year, corrections, revision, reason: change.reason, changedBy: change.changedBy, changedAt: change.changedAt.toISOString() };
      announce(tx, stepEvent(CalendarCorrected, data), calendarEventKey(year), origin);
      // Working days move every open deadline: a role-sensitive change, audited in its own transaction.
      await audit({ em: tx, identity: caller }, { operation: 'CHANGE', subjectType: 'CalendarYear', subjectId: String(year), fields: ['days'], purpose: change.reason }, tx);
      await tx.flush();
    }
    return Promise.all(years.map((year) => calendarYearOf(tx, year)));
  });
}

function changeBy(caller: Identity, reason: string): CalendarChange {
  const trimmed = reason.trim();
  if (!trimmed) throw new BadUserInputError('reason must say why the calendar changes', { field: 'reason', invalidFields: [{ field: 'reason', problems: ['must not be blank'] }] });
  return { reason: trimmed, changedBy: caller.userId, changedAt: new Date() };
}

function assertYears(dates: readonly string[], fieldOf: (index: number) => string): void {
  const { first, last } = CORRECTABLE_YEARS;
  refuseInvalidFields(dates.flatMap((date, index) => {
    const year = yearOf(date);
    return year >= first && year <= last ? [] : [{ field: fieldOf(index), problems: [`must be a day of a year from ${first} to ${last}`] }];
  }));
}
