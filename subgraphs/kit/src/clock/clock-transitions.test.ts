import { BadUserInputError, IllegalTransitionError } from '../errors/errors';
import { startClock } from './clock-state';
import { extendClock, pauseClock, resumeClock } from './clock-transitions';
import { CLOCK_RULES } from './clock-rules';

const at = (iso: string) => new Date(iso);
const clock = startClock(CLOCK_RULES.HANDLING, at('2026-08-03T10:00:00+08:00'));
const extension = (amount: number, unit: 'CALENDAR_DAYS' | 'WORKING_DAYS' = 'CALENDAR_DAYS') => ({
  unit,
  amount,
  approvedBy: '检察长',
  reason: '情况复杂',
  at: at('2026-09-20T09:00:00+08:00'),
});

describe('pausing and resuming', () => {
  const stopped = pauseClock(clock, at('2026-08-10T09:00:00+08:00'), 'public hearing');

  it('refuses to pause a paused clock or resume a running one', () => {
    expect(() => pauseClock(stopped, at('2026-08-11T09:00:00+08:00'), 'again')).toThrow(IllegalTransitionError);
    expect(() => resumeClock(clock, at('2026-08-11T09:00:00+08:00'))).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'ILLEGAL_TRANSITION', from: 'RUNNING' }) }),
    );
  });

  it('refuses a pause before the start and a resumption before the pause', () => {
    expect(() => pauseClock(clock, at('2026-08-01T09:00:00+08:00'), 'hearing')).toThrow(BadUserInputError);
    expect(() => resumeClock(stopped, at('2026-08-09T09:00:00+08:00'))).toThrow(BadUserInputError);
  });

  it('returns new states and leaves the old ones as they were', () => {
    const resumed = resumeClock(stopped, at('2026-08-12T09:00:00+08:00'));
    expect(clock.pauses).toEqual([]);
    expect(stopped.pauses[0]?.until).toBeNull();
    expect(resumed.pauses).toEqual([{ from: at('2026-08-10T09:00:00+08:00'), until: at('2026-08-12T09:00:00+08:00'), reason: 'public hearing' }]);
  });
});

describe('extending the 60-day handling (art. 34: once, at most 30 days)', () => {
  const policy = CLOCK_RULES.HANDLING.extensionPolicy;

  it('allows one extension of up to 30 days', () => {
    expect(extendClock(clock, extension(30), policy).extensions).toHaveLength(1);
  });

  it('refuses a second extension, however short', () => {
    const extended = extendClock(clock, extension(10), policy);
    expect(() => extendClock(extended, extension(1), policy)).toThrow(/at most 1 time/);
  });

  it('refuses more than 30 days, and working days where the policy counts calendar days', () => {
    expect(() => extendClock(clock, extension(31), policy)).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', maxAmount: 30 }) }),
    );
    expect(() => extendClock(clock, extension(5, 'WORKING_DAYS'), policy)).toThrow(/counted in CALENDAR_DAYS/);
  });

  it('caps the total of several extensions where a policy allows more than one', () => {
    const twice = { maxExtensions: 2, maxAmount: 30 };
    const once = extendClock(clock, extension(20), twice);
    expect(() => extendClock(once, extension(15), twice)).toThrow(/20 already granted, 15 requested/);
    expect(extendClock(once, extension(10), twice).extensions).toHaveLength(2);
  });

  it('refuses an extension without a reason, and any extension of a rule that has none', () => {
    expect(() => extendClock(clock, { ...extension(10), reason: ' ' }, policy)).toThrow(BadUserInputError);
    const reply = startClock(CLOCK_RULES.PROCEDURAL_REPLY, at('2026-08-03T10:00:00+08:00'));
    expect(() => extendClock(reply, extension(1), CLOCK_RULES.PROCEDURAL_REPLY.extensionPolicy)).toThrow(/cannot be extended/);
  });
});
