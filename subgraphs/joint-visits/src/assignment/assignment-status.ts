import { registerEnumType } from 'type-graphql';

/** An assignment's life (交办): assigned → in progress → completed. */
export enum AssignmentStatus {
  ASSIGNED = 'ASSIGNED',
  IN_PROGRESS = 'IN_PROGRESS',
  COMPLETED = 'COMPLETED',
}

/** Steps the assignee agency takes on an assignment: report progress (报告进展), report completion (办结). */
export enum AssignmentAction {
  REPORT_PROGRESS = 'REPORT_PROGRESS',
  COMPLETE = 'COMPLETE',
}

interface Step {
  from: readonly AssignmentStatus[];
  to: AssignmentStatus;
  /** Progress reports and completions must say what was done. */
  needsNote: boolean;
}

/** Every step is taken by the assignee agency; the commission supervises through the inbox and events. */
export const ASSIGNMENT_STEPS: Record<AssignmentAction, Step> = {
  REPORT_PROGRESS: { from: [AssignmentStatus.ASSIGNED, AssignmentStatus.IN_PROGRESS], to: AssignmentStatus.IN_PROGRESS, needsNote: true },
  COMPLETE: { from: [AssignmentStatus.ASSIGNED, AssignmentStatus.IN_PROGRESS], to: AssignmentStatus.COMPLETED, needsNote: true },
};

/** Where the step leads from `status`, or null when the state machine refuses it. */
export function nextAssignmentStatus(status: AssignmentStatus, action: AssignmentAction): AssignmentStatus | null {
  const step = ASSIGNMENT_STEPS[action];
  return step.from.includes(status) ? step.to : null;
}

registerEnumType(AssignmentStatus, { name: 'AssignmentStatus', description: 'Where a joint-visit assignment stands.' });
