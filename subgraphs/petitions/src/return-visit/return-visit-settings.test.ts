import { returnVisitDays } from './return-visit-settings';

describe('the return-visit window', () => {
  it('is 30 days unless the deployment sets its own', () => {
    expect(returnVisitDays({})).toBe(30);
    expect(returnVisitDays({ RETURN_VISIT_DAYS: '15' })).toBe(15);
  });

  it('refuses a window that is not a whole number of days from 1 to 365', () => {
    for (const bad of ['0', '7.5', '400', 'a month']) expect(() => returnVisitDays({ RETURN_VISIT_DAYS: bad })).toThrow(/RETURN_VISIT_DAYS/);
  });
});
