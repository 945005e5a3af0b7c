import type { EntityManager } from '@mikro-orm/postgresql';
import { WorkingDayCalendar } from '../clock/working-day-calendar';
import { CalendarDayOverride } from './calendar-day-override.entity';

/** The official calendar with this database's overrides; a handful of rows, read per use. */
export async function loadWorkingCalendar(em: EntityManager): Promise<WorkingDayCalendar> {
  const overrides = await em.find(CalendarDayOverride, {}, { orderBy: { day: 'asc' } });
  return new WorkingDayCalendar(overrides.map((row) => ({ date: dayOf(row.day), kind: row.kind, note: row.note ?? undefined })));
}

function dayOf(value: unknown): string {
  return value instanceof Date ? value.toISOString().slice(0, 10) : String(value).slice(0, 10);
}
