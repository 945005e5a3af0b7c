import type { EntityManager } from '@mikro-orm/postgresql';
import { CLOCK_RULES } from '../clock/clock-rules';
import type { ClockRuleCode } from '../clock/clock-rules';
import { startOfShanghaiDay } from '../clock/shanghai-time';
import type { WorkingDayCalendar } from '../clock/working-day-calendar';
import { DeadlineClock } from './deadline-clock.entity';
import { reschedule } from './deadline-clocks';
import { daysOfYear } from './calendar-years';

/** The rules whose due day depends on the holiday calendar: counted in working days, or rolling a rest day over. */
export const CALENDAR_RULES: readonly ClockRuleCode[] = Object.values(CLOCK_RULES)
  .filter((rule) => rule.unit === 'WORKING_DAYS' || rule.rollOverRestDay === true)
  .map((rule) => rule.code);

/**
 * After a correction of `year`, recomputes the open clocks it can move: not met, not missed,
 * not paused (a paused clock is computed when it resumes), counted on the calendar (by its rule
 * or an extension in working days), started before the year ends and due in it or after.
 * The rows are locked, so the deadline scheduler (which skips locked rows) cannot announce a
 * clock from its old due date meanwhile. A clock moved back out of its due-soon window will
 * be announced again when it really is due soon. Runs in the caller's transaction; returns
 * how many due dates moved.
 */
export async function rescheduleForCalendarYear(em: EntityManager, year: number, calendar: WorkingDayCalendar, now = new Date()): Promise<number> {
  const { first } = daysOfYear(year);
  const affected = await em.execute<{ id: string }[]>(
    `select id from deadline_clock
     where met_at is null and missed_at is null and due_at >= ? and started_at < ?
       and (rule in (select jsonb_array_elements_text(?::jsonb)) or extensions @> '[{"unit": "WORKING_DAYS"}]'::jsonb)
     for update`,
    [startOfShanghaiDay(first), startOfShanghaiDay(daysOfYear(year + 1).first), JSON.stringify(CALENDAR_RULES)],
  );
  if (affected.length === 0) return 0;
  const clocks = await em.find(DeadlineClock, { id: { $in: affected.map((row) => row.id) } });
  let moved = 0;
  for (const clock of clocks) {
    const before = clock.dueAt?.getTime();
    reschedule(clock, calendar);
    if (clock.dueAt?.getTime() !== before) moved += 1;
    if (clock.dueSoonSentAt && clock.dueSoonAt && clock.dueSoonAt > now) clock.dueSoonSentAt = null;
  }
  return moved;
}
