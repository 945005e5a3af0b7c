import { Role } from '../identity/identity';
import { ActorVia } from './actor';
import { actionsFrom, assertExpectedVersion, assertInputs, assertMayTake, assertTransition, cleanNote, mayTake, nextStatus, settledChange, verbOf } from './step-rules';
import type { StepTable } from './workflow-step';

type Status = 'OPEN' | 'WORKING' | 'DONE';
type Action = 'START' | 'REPORT_PROGRESS' | 'FINISH' | 'WITHDRAW';
const STEPS: StepTable<Action, Status, 'DOER' | 'OWNER'> = {
  START: { from: ['OPEN'], to: 'WORKING', by: 'DOER' },
  REPORT_PROGRESS: { from: ['WORKING'], to: 'WORKING', by: 'DOER', roles: [Role.HANDLER], needsNote: true, verb: 'report progress on' },
  FINISH: { from: ['OPEN', 'WORKING'], to: 'DONE', by: 'DOER', needsNote: true, noteName: 'outcome', requires: ['finishedOn'] },
  WITHDRAW: { from: ['OPEN'], to: 'DONE', by: 'OWNER', roles: [Role.LEADER, Role.HANDLER] },
};
const attempt = (action: Action) => ({ noun: 'task', action, step: STEPS[action] });
const codeOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return { code: (error as { extensions: { code: string } }).extensions.code, message: (error as Error).message };
  }
  return null;
};

describe('the transition table', () => {
  it('leads each allowed step to its status and refuses the rest', () => {
    expect(nextStatus(STEPS, 'OPEN', 'START')).toBe('WORKING');
    expect(nextStatus(STEPS, 'DONE', 'START')).toBeNull();
    expect(actionsFrom(STEPS, 'OPEN')).toEqual(['START', 'FINISH', 'WITHDRAW']);
    expect(actionsFrom(STEPS, 'DONE')).toEqual([]);
  });

  it('reports a refused step as ILLEGAL_TRANSITION, in words', () => {
    expect(assertTransition(attempt('FINISH'), 'WORKING')).toBe('DONE');
    expect(codeOf(() => assertTransition(attempt('REPORT_PROGRESS'), 'DONE'))).toEqual({ code: 'ILLEGAL_TRANSITION', message: 'Cannot report progress on: the task is DONE' });
    expect(verbOf(attempt('WITHDRAW'))).toBe('withdraw');
  });
});

describe('who may take a step', () => {
  const handler = { agencyId: 'court', roles: [Role.HANDLER] };

  it('needs the agency on the step\'s side and, when listed, one of its roles', () => {
    expect(mayTake(STEPS.START, 'court', { agencyId: 'court', roles: [] })).toBe(true);
    expect(mayTake(STEPS.START, 'court', { agencyId: 'police', roles: [Role.HANDLER] })).toBe(false);
    expect(mayTake(STEPS.REPORT_PROGRESS, 'court', handler)).toBe(true);
    expect(mayTake(STEPS.REPORT_PROGRESS, 'court', { agencyId: 'court', roles: [Role.AUDITOR] })).toBe(false);
  });

  it('says who may, as FORBIDDEN', () => {
    expect(codeOf(() => assertMayTake(attempt('WITHDRAW'), { label: 'owning agency', agencyId: 'commission' }, handler))).toEqual({
      code: 'FORBIDDEN',
      message: 'Only the owning agency may withdraw this task (staff with one of the roles LEADER, HANDLER)',
    });
    expect(codeOf(() => assertMayTake(attempt('START'), { label: 'assignee agency', agencyId: 'police' }, handler))?.message).toBe('Only the assignee agency may start this task');
    expect(codeOf(() => assertMayTake(attempt('START'), { label: 'assignee agency', agencyId: 'court' }, handler))).toBeNull();
  });
});

describe('what a step must be given', () => {
  it('asks for a required note by the name the caller knows it by', () => {
    expect(codeOf(() => assertInputs(attempt('REPORT_PROGRESS'), null))).toEqual({ code: 'BAD_USER_INPUT', message: 'A note is required to report progress on this task' });
    expect(codeOf(() => assertInputs(attempt('FINISH'), cleanNote('   '), { finishedOn: '2026-01-01' }))?.message).toBe('An outcome is required to finish this task');
    expect(codeOf(() => assertInputs(attempt('START'), null))).toBeNull();
  });

  it('asks for other required fields', () => {
    expect(codeOf(() => assertInputs(attempt('FINISH'), 'Done', { finishedOn: ' ' }))).toEqual({ code: 'BAD_USER_INPUT', message: 'finishedOn is required to finish this task' });
    expect(codeOf(() => assertInputs(attempt('FINISH'), 'Done', { finishedOn: '2026-01-01' }))).toBeNull();
  });
});

describe('an expected version', () => {
  it('is a CONFLICT when the matter has moved on, and no check when not given', () => {
    expect(codeOf(() => assertExpectedVersion('task', 3, 2))).toEqual({ code: 'CONFLICT', message: 'The task is at version 3, not 2: someone changed it first; reload it and try again' });
    expect(codeOf(() => assertExpectedVersion('task', 3, 3))).toBeNull();
    expect(codeOf(() => assertExpectedVersion('task', 3, undefined))).toBeNull();
  });
});

describe('where a step ends', () => {
  const step = { then: ['DONE'] as const };
  const change = { action: 'REPORT_PROGRESS', from: 'WORKING' as const, to: 'WORKING' as const, note: null, fields: {}, actor: { userId: 'u', name: 'U', agencyId: 'court', roles: [], via: ActorVia.API }, at: new Date() };

  it('is where the table leads, or a `then` status its effects moved the matter on to', () => {
    expect(settledChange(step, 'WORKING', change)).toBe(change);
    expect(settledChange(step, 'DONE', change)).toEqual({ ...change, to: 'DONE' });
  });

  it('is never a status the table does not name', () => {
    expect(() => settledChange(step, 'OPEN', change)).toThrow(/does not allow/);
    expect(() => settledChange({}, 'DONE', change)).toThrow(/does not allow/);
  });
});
