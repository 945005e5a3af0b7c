import { shanghaiDateOf } from '@xinfang/kit';
import { daysInYear, expectedSoFar, standing } from './visit-quota';

describe('a leader\'s case-carrying visit quota through the year', () => {
  it('expects a whole visit only once its share of the year has passed', () => {
    expect(expectedSoFar(12, 2026, '2026-01-01')).toBe(0);
    expect(expectedSoFar(12, 2026, '2026-01-30')).toBe(0); // 12 × 30 / 365 = 0.99
    expect(expectedSoFar(12, 2026, '2026-01-31')).toBe(1); // 12 × 31 / 365 = 1.02
    expect(expectedSoFar(12, 2026, '2026-07-02')).toBe(6); // day 183 of 365
    expect(expectedSoFar(12, 2026, '2026-11-22')).toBe(10); // day 326: 10.7
    expect(expectedSoFar(12, 2026, '2026-12-31')).toBe(12);
  });

  it('counts leap years by their 366 days', () => {
    expect(daysInYear(2028)).toBe(366);
    expect(daysInYear(2026)).toBe(365);
    expect(expectedSoFar(12, 2028, '2028-01-30')).toBe(0); // 12 × 30 / 366
    expect(expectedSoFar(12, 2028, '2028-01-31')).toBe(1); // 12 × 31 / 366 = 1.016
  });

  it('expects the whole quota of a past year and nothing of a future one', () => {
    expect(expectedSoFar(12, 2025, '2026-01-01')).toBe(12);
    expect(expectedSoFar(20, 2025, '2026-11-22')).toBe(20);
    expect(expectedSoFar(12, 2027, '2026-12-31')).toBe(0);
  });

  it('says a leader is behind by how many visits', () => {
    expect(standing(8, 12, 2026, '2026-11-22')).toEqual({ visits: 8, quota: 12, expectedSoFar: 10, behind: true, shortfall: 2 });
    expect(standing(10, 12, 2026, '2026-11-22')).toEqual({ visits: 10, quota: 12, expectedSoFar: 10, behind: false, shortfall: 0 });
    expect(standing(14, 12, 2025, '2026-01-02')).toMatchObject({ behind: false, shortfall: 0 });
    expect(standing(11, 12, 2025, '2026-01-02')).toMatchObject({ behind: true, shortfall: 1 });
  });

  it('places a visit in the year of its China date, not its UTC date', () => {
    // 23:30 on New Year's Eve in Beijing is still 2025 there, and 00:30 on 1 January is 2026.
    expect(shanghaiDateOf(new Date('2025-12-31T15:30:00Z'))).toBe('2025-12-31');
    expect(shanghaiDateOf(new Date('2025-12-31T16:30:00Z'))).toBe('2026-01-01');
    // Beijing's "today" turns over at 16:00 UTC: the pro-rata share follows it.
    expect(expectedSoFar(12, 2026, shanghaiDateOf(new Date('2026-01-30T15:59:59Z')))).toBe(0);
    expect(expectedSoFar(12, 2026, shanghaiDateOf(new Date('2026-01-30T16:00:00Z')))).toBe(1);
  });
});
