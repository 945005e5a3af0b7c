import { actionsFrom, nextStatus } from '@xinfang/kit';
import { ASSIGNMENT_STEPS, AssignmentAction, AssignmentStatus } from './assignment-status';

describe('assignment transitions', () => {
  it('moves an assigned or in-progress assignment to in progress on a progress report', () => {
    expect(nextStatus(ASSIGNMENT_STEPS, AssignmentStatus.ASSIGNED, AssignmentAction.REPORT_PROGRESS)).toBe(AssignmentStatus.IN_PROGRESS);
    expect(nextStatus(ASSIGNMENT_STEPS, AssignmentStatus.IN_PROGRESS, AssignmentAction.REPORT_PROGRESS)).toBe(AssignmentStatus.IN_PROGRESS);
  });

  it('completes or sends back an open assignment', () => {
    for (const from of [AssignmentStatus.ASSIGNED, AssignmentStatus.IN_PROGRESS]) {
      expect(nextStatus(ASSIGNMENT_STEPS, from, AssignmentAction.COMPLETE)).toBe(AssignmentStatus.COMPLETED);
      expect(nextStatus(ASSIGNMENT_STEPS, from, AssignmentAction.SEND_BACK)).toBe(AssignmentStatus.SENT_BACK);
    }
  });

  it('leaves the status where it is on extensions and supervision', () => {
    for (const action of [AssignmentAction.REQUEST_EXTENSION, AssignmentAction.APPROVE_EXTENSION, AssignmentAction.REMIND, AssignmentAction.ESCALATE, AssignmentAction.MARK_OVERDUE]) {
      expect(nextStatus(ASSIGNMENT_STEPS, AssignmentStatus.IN_PROGRESS, action)).toBe(AssignmentStatus.IN_PROGRESS);
    }
  });

  it('allows only supervision notes on a finished assignment', () => {
    expect(actionsFrom(ASSIGNMENT_STEPS, AssignmentStatus.COMPLETED)).toEqual([AssignmentAction.ADD_SUPERVISION_NOTE]);
    expect(actionsFrom(ASSIGNMENT_STEPS, AssignmentStatus.SENT_BACK)).toEqual([AssignmentAction.ADD_SUPERVISION_NOTE]);
  });

  it('has the assignee report and the commission supervise', () => {
    const sideOf = (action: AssignmentAction) => ASSIGNMENT_STEPS[action].by;
    expect([AssignmentAction.REPORT_PROGRESS, AssignmentAction.COMPLETE, AssignmentAction.SEND_BACK, AssignmentAction.REQUEST_EXTENSION].map(sideOf)).toEqual(['ASSIGNEE', 'ASSIGNEE', 'ASSIGNEE', 'ASSIGNEE']);
    expect([AssignmentAction.APPROVE_EXTENSION, AssignmentAction.REMIND, AssignmentAction.ESCALATE, AssignmentAction.MARK_OVERDUE].map(sideOf)).toEqual(['ASSIGNER', 'ASSIGNER', 'ASSIGNER', 'ASSIGNER']);
  });

  it('has a step for every action', () => {
    expect(Object.keys(ASSIGNMENT_STEPS).sort()).toEqual(Object.values(AssignmentAction).sort());
  });
});
