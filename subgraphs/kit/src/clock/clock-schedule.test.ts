import type { ClockRule } from './clock-rule';
import type { ClockState } from './clock-state';
import { startClock } from './clock-state';
import { scheduleOf } from './clock-schedule';
import { pauseClock, resumeClock } from './clock-transitions';
import { WorkingDayCalendar } from './working-day-calendar';

const calendar = new WorkingDayCalendar();
const at = (iso: string) => new Date(iso);
const paused = (state: ClockState, from: string, until: string) =>
  resumeClock(pauseClock(state, at(from), 'public hearing'), at(until));
const sevenDays: ClockRule = { unit: 'CALENDAR_DAYS', amount: 7 };
const extension = (unit: ClockRule['unit'], amount: number) => ({ unit, amount, approvedBy: '检察长', reason: '情况复杂', at: at('2026-09-30T09:00:00+08:00') });

describe('pauses', () => {
  const clock = startClock(sevenDays, at('2026-09-28T10:00:00+08:00'));

  it('skip every day the clock was paused at 24:00, holidays included', () => {
    expect(scheduleOf(clock, calendar).dueDate).toBe('2026-10-05');
    // Paused 30 Sep 09:00 to 8 Oct 09:00: 30 Sep to 7 Oct (8 days) do not count.
    const schedule = scheduleOf(paused(clock, '2026-09-30T09:00:00+08:00', '2026-10-08T09:00:00+08:00'), calendar);
    expect(schedule).toMatchObject({ paused: false, dueDate: '2026-10-13', baseDueDate: '2026-10-13' });
    expect(schedule.dueAt?.toISOString()).toBe('2026-10-13T15:59:59.999Z');
  });

  it('cost a working-day clock only the working days inside the pause', () => {
    const working = startClock({ unit: 'WORKING_DAYS', amount: 5 }, at('2026-09-28T10:00:00+08:00'));
    expect(scheduleOf(working, calendar).dueDate).toBe('2026-10-10');
    const stopped = paused(working, '2026-09-30T09:00:00+08:00', '2026-10-08T09:00:00+08:00');
    expect(scheduleOf(stopped, calendar).dueDate).toBe('2026-10-12');
  });

  it('cost nothing when lifted the same China day, and a day when spanning Beijing midnight', () => {
    expect(scheduleOf(paused(clock, '2026-09-29T10:00:00+08:00', '2026-09-29T15:00:00+08:00'), calendar).dueDate).toBe('2026-10-05');
    // 14:00Z to 17:00Z is one UTC day but crosses midnight in Beijing (22:00 to 01:00).
    expect(scheduleOf(paused(clock, '2026-09-29T14:00:00Z', '2026-09-29T17:00:00Z'), calendar).dueDate).toBe('2026-10-06');
  });

  it('leave a clock without a due date while a pause is open', () => {
    const open = pauseClock(clock, at('2026-09-30T09:00:00+08:00'), 'appraisal pending');
    expect(scheduleOf(open, calendar)).toEqual({ paused: true, dueDate: null, dueAt: null, baseDueDate: null, uncoveredYears: [] });
  });

  it('push a month period out by the paused days', () => {
    const threeMonths = startClock({ unit: 'MONTHS', amount: 3 }, at('2026-01-10T10:00:00+08:00'));
    const stopped = paused(threeMonths, '2026-02-01T09:00:00+08:00', '2026-02-05T09:00:00+08:00');
    expect(scheduleOf(threeMonths, calendar).dueDate).toBe('2026-04-10');
    expect(scheduleOf(stopped, calendar).dueDate).toBe('2026-04-14');
  });
});

describe('extensions', () => {
  it('add 30 days after the 60-day due date', () => {
    const handling = { ...startClock({ unit: 'CALENDAR_DAYS', amount: 60 }, at('2026-08-03T10:00:00+08:00')), extensions: [extension('CALENDAR_DAYS', 30)] };
    expect(scheduleOf(handling, calendar)).toMatchObject({ baseDueDate: '2026-10-02', dueDate: '2026-11-01' });
  });

  it('count working-day extensions on the holiday calendar', () => {
    const clock = { ...startClock({ unit: 'CALENDAR_DAYS', amount: 15 }, at('2026-09-15T10:00:00+08:00')), extensions: [extension('WORKING_DAYS', 5)] };
    // 30 Sep, then 8, 9, 10 (调休), 12, 13 Oct.
    expect(scheduleOf(clock, calendar)).toMatchObject({ baseDueDate: '2026-09-30', dueDate: '2026-10-13', uncoveredYears: [] });
  });
});

describe('years without a holiday notice', () => {
  it('are reported when a working-day clock runs into 2027, not for plain calendar days', () => {
    const start = at('2026-12-01T10:00:00+08:00');
    expect(scheduleOf(startClock({ unit: 'WORKING_DAYS', amount: 60 }, start), calendar).uncoveredYears).toEqual([2027]);
    expect(scheduleOf(startClock({ unit: 'CALENDAR_DAYS', amount: 60 }, start), calendar).uncoveredYears).toEqual([]);
  });
});
