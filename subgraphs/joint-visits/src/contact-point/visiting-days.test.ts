import { nextVisit, visitingDayProblem } from './visiting-days';
import type { VisitingDay } from './visiting-days';

const weekly = (weekday: number, startTime = '09:00', endTime = '11:30'): VisitingDay => ({ weekday, dayOfMonth: null, startTime, endTime });
const monthly = (dayOfMonth: number, startTime = '14:00', endTime = '17:00'): VisitingDay => ({ weekday: null, dayOfMonth, startTime, endTime });

describe('a contact point\'s fixed visiting days', () => {
  it('refuses a day that is not one', () => {
    expect(visitingDayProblem(weekly(3))).toBeNull();
    expect(visitingDayProblem(monthly(31))).toBeNull();
    expect(visitingDayProblem({ weekday: 1, dayOfMonth: 1, startTime: '09:00', endTime: '10:00' })).toMatch(/either/);
    expect(visitingDayProblem({ weekday: null, dayOfMonth: null, startTime: '09:00', endTime: '10:00' })).toMatch(/either/);
    expect(visitingDayProblem(weekly(0))).toMatch(/weekday/);
    expect(visitingDayProblem(weekly(8))).toMatch(/weekday/);
    expect(visitingDayProblem(monthly(32))).toMatch(/dayOfMonth/);
    expect(visitingDayProblem(weekly(2, '9:00', '11:00'))).toMatch(/HH:MM/);
    expect(visitingDayProblem(weekly(2, '11:00', '09:00'))).toMatch(/after/);
    expect(visitingDayProblem(weekly(2, '24:00', '24:30'))).toMatch(/HH:MM/);
  });

  it('finds the next weekly day in Beijing time, today while its hours last', () => {
    // 2026-11-25 is a Wednesday. 08:00 Beijing on it is 00:00Z.
    const wednesday = [weekly(3)];
    expect(nextVisit(wednesday, new Date('2026-11-25T00:00:00Z'))).toEqual({ date: '2026-11-25', startsAt: new Date('2026-11-25T01:00:00Z'), endsAt: new Date('2026-11-25T03:30:00Z') });
    // At 11:30 Beijing the hours are over: next week.
    expect(nextVisit(wednesday, new Date('2026-11-25T03:30:00Z'))?.date).toBe('2026-12-02');
    // Tuesday 23:00 UTC is already Wednesday 07:00 in Beijing.
    expect(nextVisit(wednesday, new Date('2026-11-24T23:00:00Z'))?.date).toBe('2026-11-25');
    expect(nextVisit([weekly(7)], new Date('2026-11-25T00:00:00Z'))?.date).toBe('2026-11-29');
  });

  it('skips a month without the day and takes the earliest of several rules', () => {
    expect(nextVisit([monthly(31)], new Date('2026-04-01T00:00:00Z'))?.date).toBe('2026-05-31');
    expect(nextVisit([monthly(31)], new Date('2026-01-31T10:00:00Z'))?.date).toBe('2026-03-31');
    expect(nextVisit([monthly(15), weekly(1)], new Date('2026-11-25T00:00:00Z'))?.date).toBe('2026-11-30');
    expect(nextVisit([], new Date('2026-11-25T00:00:00Z'))).toBeNull();
  });
});
