import { execFileSync } from 'node:child_process';
import { BadUserInputError } from '../errors/errors';
import { addDays } from './local-date';
import { WorkingDayCalendar } from './working-day-calendar';

const official = new WorkingDayCalendar();

describe('the working-day calendar from chinese-days', () => {
  it('rests on the National Day and Mid-Autumn holiday, 1 to 8 October 2025', () => {
    for (let day = 1; day <= 8; day += 1) expect(official.isWorkingDay(`2025-10-0${day}`)).toBe(false);
    expect(official.isWorkingDay('2025-10-09')).toBe(true);
  });

  it('works on the make-up days (调休) Sunday 28 September and Saturday 11 October 2025', () => {
    expect(official.isWorkingDay('2025-09-28')).toBe(true);
    expect(official.isWorkingDay('2025-10-11')).toBe(true);
    expect(official.isWorkingDay('2025-10-12')).toBe(false);
  });

  it('knows 2026: Mid-Autumn 25 to 27 September, National Day 1 to 7 October, make-up days 20 September and 10 October', () => {
    expect(['2026-09-25', '2026-10-01', '2026-10-07'].map((d) => official.isWorkingDay(d))).toEqual([false, false, false]);
    expect(['2026-09-20', '2026-10-10', '2026-02-14', '2026-02-28'].map((d) => official.isWorkingDay(d))).toEqual([true, true, true, true]);
    expect(official.isWorkingDay('2026-10-08')).toBe(true);
  });

  it('agrees with the package’s own isWorkday, run in Beijing time, on every day of 2025 and 2026', () => {
    // The package's functions compute its tables in the process's local time zone and go wrong
    // west of UTC (why the calendar reads its data file instead), so ask a child in Asia/Shanghai.
    const script = `const { isWorkday } = require(${JSON.stringify(require.resolve('chinese-days'))});
      const days = []; for (let d = new Date(2025, 0, 1); d.getFullYear() < 2027; d.setDate(d.getDate() + 1)) days.push(isWorkday(d));
      process.stdout.write(JSON.stringify(days));`;
    const packageSays = JSON.parse(execFileSync(process.execPath, ['-e', script], { env: { TZ: 'Asia/Shanghai' } }).toString()) as boolean[];
    const weSay: boolean[] = [];
    for (let date = '2025-01-01'; date <= '2026-12-31'; date = addDays(date, 1)) weSay.push(official.isWorkingDay(date));
    expect(weSay).toHaveLength(730);
    expect(weSay).toEqual(packageSays);
  });

  it('finds the next working day after the National Day week', () => {
    expect(official.nextWorkingDayFrom('2026-10-01')).toBe('2026-10-08');
    expect(official.nextWorkingDayFrom('2026-10-10')).toBe('2026-10-10');
  });
});

describe('administrator overrides', () => {
  it('win over the package in both directions', () => {
    const corrected = new WorkingDayCalendar([
      { date: '2026-10-07', kind: 'WORKING_DAY', note: 'holiday cancelled' },
      { date: '2026-10-10', kind: 'HOLIDAY', note: 'make-up day cancelled' },
      { date: '2026-03-04', kind: 'HOLIDAY', note: 'local rest day' },
      { date: '2026-03-08', kind: 'WORKING_DAY' },
    ]);
    expect(official.isWorkingDay('2026-10-07')).toBe(false);
    expect(corrected.isWorkingDay('2026-10-07')).toBe(true);
    expect(corrected.isWorkingDay('2026-10-10')).toBe(false);
    expect(corrected.isWorkingDay('2026-03-04')).toBe(false);
    expect(corrected.isWorkingDay('2026-03-08')).toBe(true);
    expect(corrected.isWorkingDay('2026-03-05')).toBe(true);
  });

  it('refuse a malformed date and one date given as both kinds', () => {
    expect(() => new WorkingDayCalendar([{ date: '2026-10-32', kind: 'HOLIDAY' }])).toThrow(BadUserInputError);
    expect(
      () =>
        new WorkingDayCalendar([
          { date: '2027-02-06', kind: 'HOLIDAY' },
          { date: '2027-02-06', kind: 'WORKING_DAY' },
        ]),
    ).toThrow(/both as HOLIDAY and as WORKING_DAY/);
  });
});
