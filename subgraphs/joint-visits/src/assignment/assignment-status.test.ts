import { actionsFrom, nextStatus } from '@xinfang/kit';
import { ASSIGNMENT_STEPS, AssignmentAction, AssignmentStatus } from './assignment-status';

describe('assignment transitions', () => {
  it('moves an assigned or in-progress assignment to in progress on a progress report', () => {
    expect(nextStatus(ASSIGNMENT_STEPS, AssignmentStatus.ASSIGNED, AssignmentAction.REPORT_PROGRESS)).toBe(AssignmentStatus.IN_PROGRESS);
    expect(nextStatus(ASSIGNMENT_STEPS, AssignmentStatus.IN_PROGRESS, AssignmentAction.REPORT_PROGRESS)).toBe(AssignmentStatus.IN_PROGRESS);
  });

  it('completes an assigned or in-progress assignment', () => {
    expect(nextStatus(ASSIGNMENT_STEPS, AssignmentStatus.ASSIGNED, AssignmentAction.COMPLETE)).toBe(AssignmentStatus.COMPLETED);
    expect(nextStatus(ASSIGNMENT_STEPS, AssignmentStatus.IN_PROGRESS, AssignmentAction.COMPLETE)).toBe(AssignmentStatus.COMPLETED);
  });

  it('refuses every step on a completed assignment', () => {
    expect(actionsFrom(ASSIGNMENT_STEPS, AssignmentStatus.COMPLETED)).toEqual([]);
  });

  it('has the assignee take every step, and say what was done', () => {
    for (const step of Object.values(ASSIGNMENT_STEPS)) expect(step).toMatchObject({ by: 'ASSIGNEE', needsNote: true });
  });

  it('has a step for every action', () => {
    expect(Object.keys(ASSIGNMENT_STEPS).sort()).toEqual(Object.values(AssignmentAction).sort());
  });
});
