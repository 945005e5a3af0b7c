import { BadUserInputError, CLOCK_RULES, scheduleOf, startClock } from '@xinfang/kit';
import type { ClockRuleCode, WorkingDayCalendar } from '@xinfang/kit';

/**
 * A time a party has to act in, counted by the clock engine but not stored as a clock (it is
 * the petitioner's or another agency's option, not an obligation that can be overdue): a review
 * asked within 30 days of the answer, an objection to a transfer within 5 working days of it.
 * Refuses a step taken after the window closed, saying when it closed.
 */
export function assertWithinWindow(rule: ClockRuleCode, openedAt: Date | null, at: Date, calendar: WorkingDayCalendar, what: string): void {
  const closesAt = openedAt ? scheduleOf(startClock(CLOCK_RULES[rule], openedAt), calendar).dueAt : null;
  if (closesAt && at > closesAt) {
    throw new BadUserInputError(`${what} (${CLOCK_RULES[rule].title}); that time ended ${closesAt.toISOString()}`, { field: 'id' });
  }
}
