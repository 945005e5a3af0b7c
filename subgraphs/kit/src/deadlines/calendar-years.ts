import type { EntityManager } from '@mikro-orm/postgresql';
import type { CalendarOverride } from '../clock/calendar-override';
import { CalendarDayOverride } from './calendar-day-override.entity';

/** Who changed a year's corrections, when and why. */
export interface CalendarChange {
  reason: string;
  changedBy: string;
  changedAt: Date;
}

/** A corrected year as a database holds it. */
export interface CalendarYearRevision extends CalendarChange {
  year: number;
  revision: number;
}

/** The first and last day of a year, for range queries on `calendar_day_override.day`. */
export function daysOfYear(year: number): { first: string; last: string } {
  return { first: `${String(year).padStart(4, '0')}-01-01`, last: `${String(year).padStart(4, '0')}-12-31` };
}

/** The year's revision here, or null when it was never corrected. */
export async function calendarRevisionOf(em: EntityManager, year: number): Promise<CalendarYearRevision | null> {
  const [row] = await em.execute<{ year: number; revision: number; reason: string; changed_by: string; changed_at: Date | string }[]>(
    'select year, revision, reason, changed_by, changed_at from calendar_year where year = ?',
    [year],
  );
  return row ? { year: row.year, revision: row.revision, reason: row.reason, changedBy: row.changed_by, changedAt: new Date(row.changed_at) } : null;
}

/**
 * Makes changes to one year's corrections wait for each other until the transaction ends
 * (a transaction-scoped advisory lock: the year may have no row to lock yet), so each
 * change reads the set the one before it left, and announces it whole.
 */
export async function lockCalendarYear(em: EntityManager, year: number): Promise<void> {
  await em.execute('select pg_advisory_xact_lock(7310001, ?)', [year]);
}

/** The owner's next revision of a year (1 for a year never corrected), with who changed it, when and why. */
export async function nextCalendarRevision(em: EntityManager, year: number, change: CalendarChange): Promise<number> {
  const [row] = await em.execute<{ revision: number }[]>(
    `insert into calendar_year (year, revision, reason, changed_by, changed_at) values (?, 1, ?, ?, ?)
     on conflict (year) do update set revision = calendar_year.revision + 1, reason = excluded.reason,
       changed_by = excluded.changed_by, changed_at = excluded.changed_at
     returning revision`,
    [year, change.reason, change.changedBy, change.changedAt],
  );
  return row!.revision;
}

/**
 * A copy takes a revision only if it is newer than the one it holds; one statement, as
 * `projectAgency`. Returns whether it did.
 */
export async function adoptCalendarRevision(em: EntityManager, year: number, revision: number, change: CalendarChange): Promise<boolean> {
  const rows = await em.execute<unknown[]>(
    `insert into calendar_year (year, revision, reason, changed_by, changed_at) values (?, ?, ?, ?, ?)
     on conflict (year) do update set revision = excluded.revision, reason = excluded.reason,
       changed_by = excluded.changed_by, changed_at = excluded.changed_at
     where calendar_year.revision < excluded.revision
     returning year`,
    [year, revision, change.reason, change.changedBy, change.changedAt],
  );
  return rows.length > 0;
}

/** The year's corrections, by date. */
export async function correctionsOf(em: EntityManager, year: number): Promise<CalendarDayOverride[]> {
  const { first, last } = daysOfYear(year);
  return em.find(CalendarDayOverride, { day: { $gte: first, $lte: last } }, { orderBy: { day: 'asc' } });
}

/** Makes the year's corrections exactly these (a copy applying `CalendarCorrected`). */
export async function replaceCorrectionsOf(em: EntityManager, year: number, corrections: readonly CalendarOverride[], change: CalendarChange): Promise<void> {
  const { first, last } = daysOfYear(year);
  await em.execute('delete from calendar_day_override where day between ? and ?', [first, last]);
  for (const correction of corrections) {
    await em.execute(
      'insert into calendar_day_override (day, kind, note, set_by, set_at) values (?, ?, ?, ?, ?)',
      [correction.date, correction.kind, correction.note ?? null, change.changedBy, change.changedAt],
    );
  }
}
