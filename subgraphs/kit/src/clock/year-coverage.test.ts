import { WorkingDayCalendar } from './working-day-calendar';

const official = new WorkingDayCalendar();

describe('years the calendar knows', () => {
  it('reports 2025 and 2026 as official and 2027 as not covered by chinese-days 1.5.7', () => {
    expect(official.officialYears).toEqual(expect.arrayContaining([2025, 2026]));
    expect(official.officialYears).not.toContain(2027);
    expect(official.coverageOf(2026)).toBe('OFFICIAL');
    expect(official.coverageOf(2027)).toBe('NONE');
    expect(official.uncoveredYearsBetween('2026-12-01', '2028-01-10')).toEqual([2027, 2028]);
  });

  it('counts 2027 as covered once an administrator entered its notice as overrides', () => {
    // A hypothetical 2027 make-up day, standing in for the real notice.
    const with2027 = new WorkingDayCalendar([{ date: '2027-02-06', kind: 'WORKING_DAY', note: '2027 notice' }]);
    expect(with2027.coverageOf(2027)).toBe('OVERRIDES');
    expect(with2027.isWorkingDay('2027-02-06')).toBe(true);
    expect(with2027.uncoveredYearsBetween('2026-12-01', '2027-03-01')).toEqual([]);
  });
});
