import { registerEnumType } from 'type-graphql';
import { Role } from '@xinfang/kit';
import type { StepTable } from '@xinfang/kit';

/** An assignment's life (交办): assigned → in progress → completed, or sent back by the assignee. */
export enum AssignmentStatus {
  ASSIGNED = 'ASSIGNED',
  IN_PROGRESS = 'IN_PROGRESS',
  COMPLETED = 'COMPLETED',
  /** The assignee sent it back (退回) with a reason: not its matter, or not one it can do. */
  SENT_BACK = 'SENT_BACK',
}

/** The assignee's part in one assignment decision: it leads (主办) or helps (协办). */
export enum AssigneeRole {
  LEAD = 'LEAD',
  CO_HANDLER = 'CO_HANDLER',
}

/**
 * Steps on an assignment. The assignee reports progress (报告进展), its result (办结), sends
 * it back (退回) or asks for more time (申请延期); the commission decides on the extension and
 * supervises (督办): it marks it overdue when the deadline passes, reminds (催办), escalates
 * and writes supervision notes.
 */
export enum AssignmentAction {
  REPORT_PROGRESS = 'REPORT_PROGRESS',
  COMPLETE = 'COMPLETE',
  SEND_BACK = 'SEND_BACK',
  REQUEST_EXTENSION = 'REQUEST_EXTENSION',
  APPROVE_EXTENSION = 'APPROVE_EXTENSION',
  REFUSE_EXTENSION = 'REFUSE_EXTENSION',
  MARK_OVERDUE = 'MARK_OVERDUE',
  REMIND = 'REMIND',
  ESCALATE = 'ESCALATE',
  ADD_SUPERVISION_NOTE = 'ADD_SUPERVISION_NOTE',
}

/** The agency that must do the work, and the commission that assigned it and supervises. */
export type AssignmentParty = 'ASSIGNEE' | 'ASSIGNER';

/** Staff of an assignee agency (court, police, procuratorate, justice bureau, ...) who report on the work. */
const ASSIGNEE_ROLES = [Role.HANDLER, Role.DEPARTMENT_HEAD, Role.LEADER, Role.PARTNER, Role.COMMISSION];
/** The commission's own staff supervise. */
const SUPERVISORS = [Role.COMMISSION];
const OPEN = [AssignmentStatus.ASSIGNED, AssignmentStatus.IN_PROGRESS];

/** Who takes each step, from where, and what it must say; steps without `to` leave the status as it is. */
export const ASSIGNMENT_STEPS: StepTable<AssignmentAction, AssignmentStatus, AssignmentParty> = {
  REPORT_PROGRESS: { from: OPEN, to: AssignmentStatus.IN_PROGRESS, by: 'ASSIGNEE', roles: ASSIGNEE_ROLES, needsNote: true, verb: 'report progress on' },
  COMPLETE: { from: OPEN, to: AssignmentStatus.COMPLETED, by: 'ASSIGNEE', roles: ASSIGNEE_ROLES, needsNote: true, noteName: 'outcome' },
  SEND_BACK: { from: OPEN, to: AssignmentStatus.SENT_BACK, by: 'ASSIGNEE', roles: ASSIGNEE_ROLES, needsNote: true, noteName: 'reason', verb: 'send back' },
  REQUEST_EXTENSION: { from: OPEN, by: 'ASSIGNEE', roles: ASSIGNEE_ROLES, needsNote: true, noteName: 'reason', requires: ['workingDays'], verb: 'ask for an extension of' },
  APPROVE_EXTENSION: { from: OPEN, by: 'ASSIGNER', roles: SUPERVISORS, verb: 'approve an extension of' },
  REFUSE_EXTENSION: { from: OPEN, by: 'ASSIGNER', roles: SUPERVISORS, needsNote: true, noteName: 'reason', verb: 'refuse an extension of' },
  MARK_OVERDUE: { from: OPEN, by: 'ASSIGNER', roles: SUPERVISORS, verb: 'mark overdue' },
  REMIND: { from: OPEN, by: 'ASSIGNER', roles: SUPERVISORS, needsNote: true, verb: 'remind the assignee of' },
  ESCALATE: { from: OPEN, by: 'ASSIGNER', roles: SUPERVISORS, needsNote: true, verb: 'escalate' },
  ADD_SUPERVISION_NOTE: {
    from: [...OPEN, AssignmentStatus.COMPLETED, AssignmentStatus.SENT_BACK], by: 'ASSIGNER', roles: SUPERVISORS, needsNote: true, verb: 'add a supervision note to',
  },
};

/** Steps an assignee's own system may report through Kafka, as the event contract lists them. */
export const REPORTABLE_BY_EVENT = [AssignmentAction.REPORT_PROGRESS, AssignmentAction.COMPLETE, AssignmentAction.SEND_BACK] as const;

registerEnumType(AssignmentStatus, { name: 'AssignmentStatus', description: 'Where a joint-visit assignment stands.' });
registerEnumType(AssigneeRole, { name: 'AssigneeRole', description: 'The assignee\'s part in an assignment decision: lead (主办) or co-handler (协办).' });
