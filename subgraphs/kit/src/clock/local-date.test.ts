import { BadUserInputError } from '../errors/errors';
import { addDays, addMonthsClamped, dayOfWeekOfEpochDay, daysBetween, isLocalDate, toEpochDay } from './local-date';

describe('local dates', () => {
  it('refuses strings that are not real YYYY-MM-DD days', () => {
    expect(() => toEpochDay('2026-02-29')).toThrow(BadUserInputError);
    expect(() => toEpochDay('2026-2-3')).toThrow(BadUserInputError);
    expect(() => toEpochDay('2026-13-01')).toThrow(BadUserInputError);
    expect(isLocalDate('2028-02-29')).toBe(true);
  });

  it('adds days across months and years', () => {
    expect(addDays('2025-12-25', 10)).toBe('2026-01-04');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(daysBetween('2026-10-01', '2026-09-28')).toBe(-3);
  });

  it('knows the day of the week: 10 October 2026 is a Saturday, 1 October 2025 a Wednesday', () => {
    expect(dayOfWeekOfEpochDay(toEpochDay('2026-10-10'))).toBe(6);
    expect(dayOfWeekOfEpochDay(toEpochDay('2025-10-01'))).toBe(3);
    expect(dayOfWeekOfEpochDay(toEpochDay('1969-12-28'))).toBe(0);
  });

  it('adds months to the same day of the month, clamped to the last day of a shorter month', () => {
    expect(addMonthsClamped('2025-01-31', 1)).toBe('2025-02-28');
    expect(addMonthsClamped('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonthsClamped('2025-11-30', 3)).toBe('2026-02-28');
    expect(addMonthsClamped('2025-03-31', -1)).toBe('2025-02-28');
    expect(addMonthsClamped('2026-01-15', 3)).toBe('2026-04-15');
  });
});
