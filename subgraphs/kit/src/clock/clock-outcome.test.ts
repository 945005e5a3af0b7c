import { clockOutcome, workingDaysBetween } from './clock-outcome';
import { WorkingDayCalendar } from './working-day-calendar';

const calendar = new WorkingDayCalendar();
const at = (iso: string) => new Date(iso);
// 7 working days from 25 September 2026: due at 24:00 Beijing time on Monday 12 October.
const dueAt = at('2026-10-12T23:59:59.999+08:00');

describe('met or missed', () => {
  it('is MET when done on the due day, even a minute before Beijing midnight', () => {
    expect(clockOutcome({ dueAt, metAt: at('2026-10-12T23:59:00+08:00'), now: at('2026-11-01T00:00:00Z'), calendar })).toEqual({
      status: 'MET',
      remainingCalendarDays: 0,
      remainingWorkingDays: 0,
    });
  });

  it('is MISSED when done after Beijing midnight, though still 12 October in UTC', () => {
    const late = clockOutcome({ dueAt, metAt: at('2026-10-12T16:30:00Z'), now: at('2026-11-01T00:00:00Z'), calendar });
    expect(late).toEqual({ status: 'MISSED', remainingCalendarDays: -1, remainingWorkingDays: -1 });
  });

  it('is MISSED when not done and the deadline has passed', () => {
    expect(clockOutcome({ dueAt, now: at('2026-10-15T09:00:00+08:00'), calendar })).toMatchObject({ status: 'MISSED', remainingCalendarDays: -3 });
  });
});

describe('due soon', () => {
  it('warns within 3 calendar days by default, counting the make-up Saturday as a working day', () => {
    // From Friday 9 October: Saturday 10 (调休) and Monday 12 are working days, Sunday 11 is not.
    expect(clockOutcome({ dueAt, now: at('2026-10-09T10:00:00+08:00'), calendar })).toEqual({
      status: 'DUE_SOON',
      remainingCalendarDays: 3,
      remainingWorkingDays: 2,
    });
    expect(clockOutcome({ dueAt, now: at('2026-10-08T10:00:00+08:00'), calendar }).status).toBe('RUNNING');
  });

  it('can count the threshold in working days, so the National Day week does not hide a near deadline', () => {
    const now = at('2026-09-30T10:00:00+08:00');
    const within = (amount: number) => clockOutcome({ dueAt, now, calendar, dueSoonWithin: { unit: 'WORKING_DAYS', amount } });
    expect(within(4)).toEqual({ status: 'DUE_SOON', remainingCalendarDays: 12, remainingWorkingDays: 4 });
    expect(within(3).status).toBe('RUNNING');
  });
});

describe('a paused clock', () => {
  it('is RUNNING with no remaining days, or MET if done meanwhile', () => {
    expect(clockOutcome({ dueAt: null, now: at('2026-10-09T10:00:00+08:00'), calendar })).toEqual({
      status: 'RUNNING',
      remainingCalendarDays: null,
      remainingWorkingDays: null,
    });
    expect(clockOutcome({ dueAt: null, metAt: at('2026-10-09T10:00:00+08:00'), now: at('2026-10-09T10:00:00+08:00'), calendar }).status).toBe('MET');
  });
});

describe('working days between two dates', () => {
  it('counts the end day but not the start day, negative when the end comes first', () => {
    expect(workingDaysBetween('2025-09-26', '2025-10-13', calendar)).toBe(7);
    expect(workingDaysBetween('2025-10-13', '2025-09-26', calendar)).toBe(-7);
    expect(workingDaysBetween('2025-10-13', '2025-10-13', calendar)).toBe(0);
  });
});
