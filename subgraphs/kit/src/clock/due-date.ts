import type { ClockRule } from './clock-rule';
import type { LocalDate } from './local-date';
import { lastDayOfPeriod } from './period';
import { endOfShanghaiDay, shanghaiDateOf } from './shanghai-time';
import type { WorkingDayCalendar } from './working-day-calendar';

/**
 * The China day on which a rule started at `startedAt` falls due. The start day is the China
 * calendar day of the instant (a petition received at 23:30 Beijing time on 2 March started on
 * 2 March, although it is still 15:30 that day in UTC) and is not itself counted.
 */
export function dueDateOf(rule: ClockRule, startedAt: Date, calendar: WorkingDayCalendar): LocalDate {
  return lastDayOfPeriod(shanghaiDateOf(startedAt), rule.unit, rule.amount, calendar, {
    rollOverRestDay: rule.rollOverRestDay ?? false,
  });
}

/** The deadline instant: the last millisecond (23:59:59.999 Beijing time) of the due day. */
export function dueAtOf(rule: ClockRule, startedAt: Date, calendar: WorkingDayCalendar): Date {
  return endOfShanghaiDay(dueDateOf(rule, startedAt, calendar));
}
