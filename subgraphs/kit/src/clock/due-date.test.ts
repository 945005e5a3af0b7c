import type { ClockRule } from './clock-rule';
import { dueAtOf, dueDateOf } from './due-date';
import { WorkingDayCalendar } from './working-day-calendar';

const calendar = new WorkingDayCalendar();
const due = (rule: ClockRule, startedAt: string) => dueDateOf(rule, new Date(startedAt), calendar);
const workingDays = (amount: number): ClockRule => ({ unit: 'WORKING_DAYS', amount });
const days = (amount: number, rollOverRestDay = false): ClockRule => ({ unit: 'CALENDAR_DAYS', amount, rollOverRestDay });
const months = (amount: number, rollOverRestDay = false): ClockRule => ({ unit: 'MONTHS', amount, rollOverRestDay });

describe('working-day deadlines across the National Day week', () => {
  it('7 working days from Friday 26 September 2025 end on Monday 13 October, counting the make-up days', () => {
    // 28, 29, 30 Sep; 1-8 Oct rest; 9, 10, 11 (Saturday, 调休), 13 Oct.
    expect(due(workingDays(7), '2025-09-26T10:00:00+08:00')).toBe('2025-10-13');
    expect(dueAtOf(workingDays(7), new Date('2025-09-26T10:00:00+08:00'), calendar).toISOString()).toBe('2025-10-13T15:59:59.999Z');
  });

  it('7 working days from Friday 25 September 2026 (Mid-Autumn) end on Monday 12 October', () => {
    // 28, 29, 30 Sep; 1-7 Oct rest; 8, 9, 10 (Saturday, 调休), 12 Oct.
    expect(due(workingDays(7), '2026-09-25T10:00:00+08:00')).toBe('2026-10-12');
  });

  it('can end on a make-up Saturday, which is a working day', () => {
    expect(due(workingDays(6), '2025-09-26T10:00:00+08:00')).toBe('2025-10-11');
    expect(due(workingDays(6), '2026-09-25T10:00:00+08:00')).toBe('2026-10-10');
    expect(due(days(15, true), '2026-09-25T10:00:00+08:00')).toBe('2026-10-10');
  });
});

describe('calendar-day deadlines', () => {
  it('do not count the start day: 1 day from the first minute of 2 March ends with 3 March', () => {
    expect(due(days(1), '2026-03-02T00:00:00+08:00')).toBe('2026-03-03');
  });

  it('count China days: a start at 23:30 Beijing time on 2 March (15:30Z) is 7 days due at 24:00 Beijing on 9 March', () => {
    const dueAt = dueAtOf(days(7), new Date('2026-03-02T15:30:00Z'), calendar);
    expect(dueAt.toISOString()).toBe('2026-03-09T15:59:59.999Z');
  });

  it('start the next China day at 00:30 Beijing time, although it is still 2 March in UTC', () => {
    expect(due(days(7), '2026-03-02T16:30:00Z')).toBe('2026-03-10');
  });

  it('end on a holiday unless the rule rolls over to the next working day', () => {
    expect(due(days(7), '2026-09-28T10:00:00+08:00')).toBe('2026-10-05');
    expect(due(days(7, true), '2026-09-28T10:00:00+08:00')).toBe('2026-10-08');
    expect(due(days(15, true), '2026-09-26T10:00:00+08:00')).toBe('2026-10-12');
  });
});

describe('month deadlines', () => {
  it('end on the same day of the month, or the last day of a shorter month', () => {
    expect(due(months(1), '2025-01-31T09:00:00+08:00')).toBe('2025-02-28');
    expect(due(months(1), '2028-01-31T09:00:00+08:00')).toBe('2028-02-29');
    expect(due(months(3), '2026-01-15T09:00:00+08:00')).toBe('2026-04-15');
  });

  it('roll over from a rest day but not from a make-up Saturday', () => {
    // 28 Feb 2026 is a Saturday worked for the Spring Festival; 7 March 2026 is an ordinary Saturday.
    expect(due(months(3, true), '2025-11-30T09:00:00+08:00')).toBe('2026-02-28');
    expect(due(months(3, true), '2025-12-07T09:00:00+08:00')).toBe('2026-03-09');
    expect(due(months(3, true), '2025-11-15T09:00:00+08:00')).toBe('2026-02-24');
  });
});

describe('deadlines on a calendar an administrator corrected', () => {
  it('count an overridden working day and skip an overridden holiday', () => {
    const start = new Date('2026-09-25T10:00:00+08:00');
    const holidayCancelled = new WorkingDayCalendar([{ date: '2026-10-07', kind: 'WORKING_DAY' }]);
    const extraRestDay = new WorkingDayCalendar([{ date: '2026-09-29', kind: 'HOLIDAY', note: 'local rest day' }]);
    expect(dueDateOf(workingDays(7), start, holidayCancelled)).toBe('2026-10-10');
    expect(dueDateOf(workingDays(7), start, extraRestDay)).toBe('2026-10-13');
  });
});
