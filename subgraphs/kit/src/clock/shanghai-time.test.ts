import { endOfShanghaiDay, shanghaiDateOf, startOfShanghaiDay } from './shanghai-time';

describe('China days in Asia/Shanghai (UTC+8, no daylight saving)', () => {
  it('puts an instant on the China calendar day, which starts at 16:00 UTC the day before', () => {
    expect(shanghaiDateOf(new Date('2026-03-02T15:59:59.999Z'))).toBe('2026-03-02');
    expect(shanghaiDateOf(new Date('2026-03-02T16:00:00.000Z'))).toBe('2026-03-03');
    expect(shanghaiDateOf(new Date('2026-03-02T23:30:00+08:00'))).toBe('2026-03-02');
  });

  it('ends a China day at 24:00 Beijing time, the last millisecond being 15:59:59.999Z', () => {
    expect(endOfShanghaiDay('2026-03-02').toISOString()).toBe('2026-03-02T15:59:59.999Z');
    expect(endOfShanghaiDay('2026-03-02').getTime()).toBe(new Date('2026-03-02T23:59:59.999+08:00').getTime());
    expect(startOfShanghaiDay('2026-03-02').toISOString()).toBe('2026-03-01T16:00:00.000Z');
  });

  it('ends the last day of a year in the right year', () => {
    expect(endOfShanghaiDay('2026-12-31').toISOString()).toBe('2026-12-31T15:59:59.999Z');
    expect(shanghaiDateOf(new Date('2026-12-31T16:00:00Z'))).toBe('2027-01-01');
  });

  it('refuses an invalid Date', () => {
    expect(() => shanghaiDateOf(new Date('not a date'))).toThrow(RangeError);
  });
});
