import { isGroupPetition, isLeapfrog, repeatWindowStart } from './difficult-case-rules';
import { difficultCaseSettings } from './difficult-case-settings';

describe('difficult-case flags', () => {
  it('calls five or more people a group by default, and reads another threshold from the environment', () => {
    const { groupHeadCount, repeatWindowDays } = difficultCaseSettings({});
    expect([groupHeadCount, repeatWindowDays]).toEqual([5, 365]);
    expect(isGroupPetition(4, groupHeadCount)).toBe(false);
    expect(isGroupPetition(5, groupHeadCount)).toBe(true);
    expect(difficultCaseSettings({ GROUP_HEAD_COUNT: '10', REPEAT_WINDOW_DAYS: '180' })).toEqual({ groupHeadCount: 10, repeatWindowDays: 180 });
    expect(() => difficultCaseSettings({ GROUP_HEAD_COUNT: '1' })).toThrow(/GROUP_HEAD_COUNT/);
  });

  it('calls it leapfrog only when the receiving agency is above the one with jurisdiction', () => {
    const countySuperiors = ['city', 'province'];
    expect(isLeapfrog('city', 'county', countySuperiors)).toBe(true);
    expect(isLeapfrog('province', 'county', countySuperiors)).toBe(true);
    expect(isLeapfrog('county', 'county', countySuperiors)).toBe(false);
    expect(isLeapfrog('sibling-county', 'county', countySuperiors)).toBe(false);
    expect(isLeapfrog('city', null, [])).toBe(false);
  });

  it('looks back the configured number of days for repeats', () => {
    expect(repeatWindowStart(new Date('2026-11-21T00:00:00Z'), 365).toISOString()).toBe('2025-11-21T00:00:00.000Z');
  });
});
