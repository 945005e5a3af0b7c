import { ASSIGNMENT_STEPS, AssignmentAction, AssignmentStatus, nextAssignmentStatus } from './assignment-status';

describe('assignment transitions', () => {
  it('moves an assigned or in-progress assignment to in progress on a progress report', () => {
    expect(nextAssignmentStatus(AssignmentStatus.ASSIGNED, AssignmentAction.REPORT_PROGRESS)).toBe(AssignmentStatus.IN_PROGRESS);
    expect(nextAssignmentStatus(AssignmentStatus.IN_PROGRESS, AssignmentAction.REPORT_PROGRESS)).toBe(AssignmentStatus.IN_PROGRESS);
  });

  it('completes an assigned or in-progress assignment', () => {
    expect(nextAssignmentStatus(AssignmentStatus.ASSIGNED, AssignmentAction.COMPLETE)).toBe(AssignmentStatus.COMPLETED);
    expect(nextAssignmentStatus(AssignmentStatus.IN_PROGRESS, AssignmentAction.COMPLETE)).toBe(AssignmentStatus.COMPLETED);
  });

  it('refuses every step on a completed assignment', () => {
    for (const action of Object.values(AssignmentAction)) {
      expect(nextAssignmentStatus(AssignmentStatus.COMPLETED, action)).toBeNull();
    }
  });

  it('needs a note for every step', () => {
    for (const step of Object.values(ASSIGNMENT_STEPS)) expect(step.needsNote).toBe(true);
  });

  it('has a step for every action', () => {
    expect(Object.keys(ASSIGNMENT_STEPS).sort()).toEqual(Object.values(AssignmentAction).sort());
  });
});
