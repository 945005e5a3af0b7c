import { registerEnumType } from 'type-graphql';
import { Role } from '@xinfang/kit';
import type { StepTable } from '@xinfang/kit';

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

/** The agency that must do the work, and the commission that assigned it and supervises. */
export type AssignmentParty = 'ASSIGNEE' | 'ASSIGNER';

/** Staff of an assignee agency (court, police, procuratorate, justice bureau, ...) who report on the work. */
const ASSIGNEE_ROLES = [Role.HANDLER, Role.DEPARTMENT_HEAD, Role.LEADER, Role.PARTNER, Role.COMMISSION];

/**
 * Every step is taken by the assignee agency and must say what was done; the commission
 * supervises through the inbox, the history and the events.
 */
export const ASSIGNMENT_STEPS: StepTable<AssignmentAction, AssignmentStatus, AssignmentParty> = {
  REPORT_PROGRESS: {
    from: [AssignmentStatus.ASSIGNED, AssignmentStatus.IN_PROGRESS], to: AssignmentStatus.IN_PROGRESS,
    by: 'ASSIGNEE', roles: ASSIGNEE_ROLES, needsNote: true, verb: 'report progress on',
  },
  COMPLETE: {
    from: [AssignmentStatus.ASSIGNED, AssignmentStatus.IN_PROGRESS], to: AssignmentStatus.COMPLETED,
    by: 'ASSIGNEE', roles: ASSIGNEE_ROLES, needsNote: true, noteName: 'outcome',
  },
};

registerEnumType(AssignmentStatus, { name: 'AssignmentStatus', description: 'Where a joint-visit assignment stands.' });
