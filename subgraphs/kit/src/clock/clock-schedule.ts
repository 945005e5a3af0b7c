import type { ClockPause, ClockState } from './clock-state';
import { isPaused } from './clock-state';
import type { LocalDate } from './local-date';
import { toEpochDay } from './local-date';
import { lastDayOfPeriod } from './period';
import { endOfShanghaiDay, shanghaiDateOf } from './shanghai-time';
import type { WorkingDayCalendar } from './working-day-calendar';

/** Where a clock stands: its due day and instant, or none while it is stopped. */
export interface ClockSchedule {
  paused: boolean;
  /** The due China day after pauses and extensions; null while paused. */
  dueDate: LocalDate | null;
  /** 23:59:59.999 Beijing time of `dueDate`; null while paused. */
  dueAt: Date | null;
  /** The rule's own due day, pauses counted, before any extension; null while paused. */
  baseDueDate: LocalDate | null;
  /** Years the computation relied on the holiday calendar for but that calendar has no notice for. */
  uncoveredYears: number[];
}

/**
 * A day does not count while the clock was paused at that day's end (24:00 Beijing time): a
 * pause from 10:00 on Monday to 09:00 on Tuesday costs Monday, one from 10:00 to 15:00 on the
 * same day costs nothing. Those are the days from the pause's first day up to, not including,
 * the day it was lifted.
 */
export function pausedEpochDays(pauses: readonly ClockPause[]): Set<number> {
  const days = new Set<number>();
  for (const pause of pauses) {
    if (pause.until === null) continue;
    const last = toEpochDay(shanghaiDateOf(pause.until));
    for (let day = toEpochDay(shanghaiDateOf(pause.from)); day < last; day += 1) days.add(day);
  }
  return days;
}

/**
 * Computes a clock's due date: the rule counted from the start day with paused days skipped,
 * then each extension, in the order approved, counted in its own unit after the due day before
 * it (skipping paused days too). A clock paused now has no due date until it resumes.
 */
export function scheduleOf(state: ClockState, calendar: WorkingDayCalendar): ClockSchedule {
  if (isPaused(state)) return { paused: true, dueDate: null, dueAt: null, baseDueDate: null, uncoveredYears: [] };
  const paused = pausedEpochDays(state.pauses);
  const options = { rollOverRestDay: state.rule.rollOverRestDay ?? false, isPausedDay: (day: number) => paused.has(day) };
  const startDate = shanghaiDateOf(state.startedAt);
  const baseDueDate = lastDayOfPeriod(startDate, state.rule.unit, state.rule.amount, calendar, options);
  const extensions = [...state.extensions].sort((a, b) => a.at.getTime() - b.at.getTime());
  const dueDate = extensions.reduce(
    (due, extension) => lastDayOfPeriod(due, extension.unit, extension.amount, calendar, options),
    baseDueDate,
  );
  const usesCalendar =
    options.rollOverRestDay || [state.rule, ...extensions].some((counted) => counted.unit === 'WORKING_DAYS');
  return {
    paused: false,
    dueDate,
    dueAt: endOfShanghaiDay(dueDate),
    baseDueDate,
    uncoveredYears: usesCalendar ? calendar.uncoveredYearsBetween(startDate, dueDate) : [],
  };
}
