import type { TimeUnit } from './clock-rule';
import { assertAmount, assertUnit } from './clock-rule';
import type { LocalDate } from './local-date';
import { addMonthsClamped, daysBetween, fromEpochDay, toEpochDay } from './local-date';
import type { WorkingDayCalendar } from './working-day-calendar';

/** No period in the platform comes near this; hitting it means a calendar with no working days. */
const MAX_DAYS_WALKED = 36_600;

export interface PeriodOptions {
  /** See `ClockRule.rollOverRestDay`. */
  rollOverRestDay?: boolean;
  /** Epoch days that do not count because the clock was paused at their end. */
  isPausedDay?: (epochDay: number) => boolean;
}

/**
 * The last day of a period of `amount` units counted after `after`. The day a period starts from
 * is never counted (期间开始的时和日不计算在内): 7 days after Monday end with the following Monday.
 * A month period is first measured in calendar days (31 January + 1 month = 28 or 29 days), so a
 * paused day pushes it out by one day as it does for a calendar-day period.
 */
export function lastDayOfPeriod(
  after: LocalDate,
  unit: TimeUnit,
  amount: number,
  calendar: WorkingDayCalendar,
  options: PeriodOptions = {},
): LocalDate {
  assertUnit(unit, 'The unit of a period');
  assertAmount(amount, 'The length of a period');
  const isPaused = options.isPausedDay ?? (() => false);
  const counts =
    unit === 'WORKING_DAYS'
      ? (day: number) => calendar.isWorkingEpochDay(day) && !isPaused(day)
      : (day: number) => !isPaused(day);
  let remaining = unit === 'MONTHS' ? daysBetween(after, addMonthsClamped(after, amount)) : amount;
  let day = toEpochDay(after);
  const limit = day + MAX_DAYS_WALKED;
  while (remaining > 0) {
    day += 1;
    if (counts(day)) remaining -= 1;
    if (day > limit) throw new Error(`A ${amount} ${unit} period after ${after} never ends`);
  }
  if (options.rollOverRestDay && unit !== 'WORKING_DAYS') {
    while (!calendar.isWorkingEpochDay(day) || isPaused(day)) {
      day += 1;
      if (day > limit) throw new Error(`No working day follows ${fromEpochDay(day)}`);
    }
  }
  return fromEpochDay(day);
}
