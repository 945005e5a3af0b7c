import { WorkingDayCalendar } from '../clock/working-day-calendar';
import { DeadlineClock } from './deadline-clock.entity';
import { extendDeadline, pauseDeadline, reschedule, resumeDeadline, stateOf } from './deadline-clocks';

const calendar = new WorkingDayCalendar();

/** A clock as it comes back from the database: pauses and extensions are JSON, their instants strings. */
function reloaded(clock: DeadlineClock): DeadlineClock {
  return Object.assign(new DeadlineClock(), clock, JSON.parse(JSON.stringify({ pauses: clock.pauses, extensions: clock.extensions })));
}

function handlingClock(): DeadlineClock {
  return Object.assign(new DeadlineClock(), { rule: 'HANDLING', startedAt: new Date('2026-03-02T02:00:00Z'), pauses: [], extensions: [] });
}

describe('a stored clock', () => {
  it('pauses for a hearing and resumes later by the days it stood still, across a reload', () => {
    const clock = handlingClock();
    pauseDeadline(clock, new Date('2026-03-10T02:00:00Z'), 'Public hearing', calendar);
    expect(clock.dueAt).toBeNull();
    const later = reloaded(clock);
    resumeDeadline(later, new Date('2026-03-20T02:00:00Z'), calendar);
    // 60 days from 2 March end on 1 May; ten days stood still move it to 11 May (end of the China day).
    expect(later.dueAt?.toISOString()).toBe('2026-05-11T15:59:59.999Z');
  });

  it('reads back its extensions as dates, so it can be rescheduled after a reload', () => {
    const clock = handlingClock();
    extendDeadline(clock, { unit: 'CALENDAR_DAYS', amount: 15, approvedBy: '张强', reason: 'Expert opinion awaited', at: new Date('2026-04-01T02:00:00Z') }, calendar);
    const state = stateOf(reloaded(clock));
    expect(state.extensions[0]?.at).toEqual(new Date('2026-04-01T02:00:00Z'));
    expect(() => extendDeadline(reloaded(clock), { unit: 'CALENDAR_DAYS', amount: 5, approvedBy: '张强', reason: 'Again', at: new Date() }, calendar)).toThrow();
  });

  it('keeps the length a deployment set for a return visit, and says so in its title', () => {
    const closed = new Date('2026-03-02T02:00:00Z');
    const fifteen = reschedule(Object.assign(new DeadlineClock(), { rule: 'RETURN_VISIT', amount: 15, startedAt: closed, pauses: [], extensions: [] }), calendar);
    const usual = reschedule(Object.assign(new DeadlineClock(), { rule: 'RETURN_VISIT', startedAt: closed, pauses: [], extensions: [] }), calendar);
    expect(fifteen.dueAt?.toISOString()).toBe('2026-03-17T15:59:59.999Z');
    expect(usual.dueAt?.toISOString()).toBe('2026-04-01T15:59:59.999Z');
    expect([fifteen.title, usual.title]).toEqual(['结案后15日内回访', '结案后30日内回访']);
  });
});
