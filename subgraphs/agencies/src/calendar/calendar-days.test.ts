import { officialCalendarFrom } from '@xinfang/kit';
import { namedDaysOf } from './calendar-days';

const official = officialCalendarFrom({
  holidays: { '2026-10-01': 'National Day,国庆节,7', '2026-10-02': 'National Day,国庆节,7', '2025-10-01': 'National Day,国庆节,8' },
  workdays: { '2026-10-10': 'National Day,国庆节,7' },
});

describe('the named days of a year', () => {
  it('are the package\'s holidays and make-up working days of that year, by date', () => {
    expect(namedDaysOf(2026, [], official)).toEqual([
      { date: '2026-10-01', kind: 'HOLIDAY', source: 'PACKAGE', officialKind: 'HOLIDAY', note: 'National Day,国庆节,7' },
      { date: '2026-10-02', kind: 'HOLIDAY', source: 'PACKAGE', officialKind: 'HOLIDAY', note: 'National Day,国庆节,7' },
      { date: '2026-10-10', kind: 'WORKING_DAY', source: 'PACKAGE', officialKind: 'WORKING_DAY', note: 'National Day,国庆节,7' },
    ]);
  });

  it('show a correction over the package, saying what the package said, and a correction of a day the package does not name', () => {
    const corrections = [
      { date: '2026-10-02', kind: 'WORKING_DAY' as const, note: '改为工作日' },
      { date: '2026-11-03', kind: 'HOLIDAY' as const },
      { date: '2027-01-04', kind: 'HOLIDAY' as const },
    ];
    const days = namedDaysOf(2026, corrections, official);
    expect(days.map(({ date, kind, source, officialKind }) => ({ date, kind, source, officialKind }))).toEqual([
      { date: '2026-10-01', kind: 'HOLIDAY', source: 'PACKAGE', officialKind: 'HOLIDAY' },
      { date: '2026-10-02', kind: 'WORKING_DAY', source: 'CORRECTION', officialKind: 'HOLIDAY' },
      { date: '2026-10-10', kind: 'WORKING_DAY', source: 'PACKAGE', officialKind: 'WORKING_DAY' },
      { date: '2026-11-03', kind: 'HOLIDAY', source: 'CORRECTION', officialKind: null },
    ]);
    expect(days[1]?.note).toBe('改为工作日');
    expect(days[3]?.note).toBeNull();
  });
});
