import { BadUserInputError } from '../errors/errors';
import { CLOCK_RULES, clockRuleByCode, ruleWithAmount } from './clock-rules';
import { dueDateOf } from './due-date';
import { WorkingDayCalendar } from './working-day-calendar';

const calendar = new WorkingDayCalendar();

describe('the catalogue of named deadlines', () => {
  it('files every rule under its own code with a positive amount', () => {
    for (const [code, rule] of Object.entries(CLOCK_RULES)) {
      expect(rule.code).toBe(code);
      expect(rule.amount).toBeGreaterThan(0);
      expect(clockRuleByCode(code)).toBe(rule);
    }
  });

  it('holds the Regulations’ periods', () => {
    const summary = (code: keyof typeof CLOCK_RULES) => `${CLOCK_RULES[code].amount} ${CLOCK_RULES[code].unit}`;
    expect(summary('REGISTRATION_NOTICE')).toBe('15 CALENDAR_DAYS');
    expect(summary('MISROUTED_OBJECTION')).toBe('5 WORKING_DAYS');
    expect(summary('HANDLING')).toBe('60 CALENDAR_DAYS');
    expect(CLOCK_RULES.HANDLING.extensionPolicy).toEqual({ maxExtensions: 1, maxAmount: 30, unit: 'CALENDAR_DAYS' });
    expect(['REVIEW_REQUEST', 'REVIEW_ANSWER', 'RE_REVIEW_REQUEST', 'RE_REVIEW_ANSWER'].map((code) => summary(code as keyof typeof CLOCK_RULES))).toEqual(
      Array(4).fill('30 CALENDAR_DAYS'),
    );
  });

  it('gives the 7-day procedural reply in calendar days by default and in working days as a setting', () => {
    const received = new Date('2026-09-25T10:00:00+08:00');
    expect(dueDateOf(CLOCK_RULES.PROCEDURAL_REPLY, received, calendar)).toBe('2026-10-02');
    expect(dueDateOf(CLOCK_RULES.PROCEDURAL_REPLY_WORKING_DAYS, received, calendar)).toBe('2026-10-12');
  });

  it('gives the 3-month result on the same day three months on, or the month’s last day', () => {
    expect(dueDateOf(CLOCK_RULES.HANDLING_RESULT, new Date('2025-11-30T10:00:00+08:00'), calendar)).toBe('2026-02-28');
    expect(dueDateOf(CLOCK_RULES.HANDLING_RESULT, new Date('2026-01-31T10:00:00+08:00'), calendar)).toBe('2026-04-30');
  });

  it('refuses an unknown code, including names inherited by every object', () => {
    expect(() => clockRuleByCode('TWO_WEEKS')).toThrow(BadUserInputError);
    expect(() => clockRuleByCode('toString')).toThrow(BadUserInputError);
  });
});

describe('a rule a deployment sets', () => {
  it('takes the return visit\'s days from the deployment', () => {
    expect(ruleWithAmount('RETURN_VISIT', 15)).toMatchObject({ amount: 15, unit: 'CALENDAR_DAYS', title: '结案后15日内回访' });
    expect(ruleWithAmount('RETURN_VISIT', null)).toBe(CLOCK_RULES.RETURN_VISIT);
  });

  it('refuses to change a legal deadline, or a length that is not a whole number of days', () => {
    expect(() => ruleWithAmount('PROCEDURAL_REPLY', 10)).toThrow(BadUserInputError);
    expect(() => ruleWithAmount('RETURN_VISIT', 2.5)).toThrow(BadUserInputError);
  });
});
