import type { EntityManager } from '@mikro-orm/postgresql';
import type { z } from 'zod';
import type { CalendarCorrected } from '../events/contracts/directory-events';
import { rescheduleForCalendarYear } from '../deadlines/calendar-reschedule';
import { adoptCalendarRevision, replaceCorrectionsOf } from '../deadlines/calendar-years';
import { loadWorkingCalendar } from '../deadlines/working-calendar';

export type CalendarYearRecord = z.infer<(typeof CalendarCorrected)['schema']>['data'];

/**
 * Applies a year's corrections to this subgraph's calendar and moves its open clocks, in the
 * consumer's transaction, unless it already holds the same or a newer revision of the year
 * (a replay, or an event overtaken by a later one). Returns how many due dates moved, or
 * null when the event was older news.
 */
export async function projectCalendarYear(em: EntityManager, record: CalendarYearRecord): Promise<number | null> {
  const change = { reason: record.reason, changedBy: record.changedBy, changedAt: new Date(record.changedAt) };
  if (!(await adoptCalendarRevision(em, record.year, record.revision, change))) return null;
  const corrections = record.corrections.map((correction) => ({ date: correction.date, kind: correction.kind, note: correction.note ?? undefined }));
  await replaceCorrectionsOf(em, record.year, corrections, change);
  const moved = await rescheduleForCalendarYear(em, record.year, await loadWorkingCalendar(em));
  await em.flush();
  return moved;
}
