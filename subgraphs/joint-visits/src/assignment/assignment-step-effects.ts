import { FlushMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { BadUserInputError, IllegalTransitionError } from '@xinfang/kit';
import type { StepChange } from '@xinfang/kit';
import { Assignment } from './assignment.entity';
import { extendAssignmentDeadline, meetAssignmentDeadline, withdrawAssignmentDeadline } from './assignment-deadlines';
import { escalationTargetOf } from './assignment-escalation';
import { AssigneeRole, AssignmentAction, AssignmentStatus } from './assignment-status';

type Change = StepChange<AssignmentAction, AssignmentStatus>;

/** An extension is asked for in whole working days, at most the 30 the policy allows in all. */
const MAX_EXTENSION_DAYS = 30;

/**
 * The lead's result closes the decision (主办单位办结), so it waits for every co-handler's:
 * each must have reported one or sent its part back.
 */
async function assertCoHandlersReported(em: EntityManager, lead: Assignment): Promise<void> {
  // COMMIT: querying assignments must not flush the lead's pending change early, which would
  // bump its version twice in one step (and misnumber the history entry).
  const open = await em.find(
    Assignment,
    { decisionId: lead.decisionId, role: AssigneeRole.CO_HANDLER, status: { $in: [AssignmentStatus.ASSIGNED, AssignmentStatus.IN_PROGRESS] } },
    { flushMode: FlushMode.COMMIT },
  );
  if (open.length > 0) {
    const waiting = open.map((coHandler) => coHandler.assigneeAgencyId).join(', ');
    throw new IllegalTransitionError('assignment decision', `waiting for the co-handlers' results (${waiting})`, 'complete the lead assignment');
  }
}

function requestedDays(change: Change): number {
  const days = change.fields.workingDays;
  if (typeof days !== 'number' || !Number.isInteger(days) || days < 1 || days > MAX_EXTENSION_DAYS) {
    throw new BadUserInputError(`workingDays must be a whole number from 1 to ${MAX_EXTENSION_DAYS}`, { field: 'workingDays' });
  }
  return days;
}

function assertPending(assignment: Assignment, verb: string): number {
  if (assignment.pendingExtensionDays === null) throw new IllegalTransitionError('joint-visit assignment', 'without a pending extension request', verb);
  return assignment.pendingExtensionDays;
}

/** What each step does besides its status: clocks, the decision's other assignments, the supervision record. */
export async function assignmentStepEffects(em: EntityManager, assignment: Assignment, change: Change): Promise<void> {
  switch (change.action) {
    case AssignmentAction.COMPLETE:
      if (assignment.role === AssigneeRole.LEAD) await assertCoHandlersReported(em, assignment);
      assignment.outcome = change.note;
      assignment.completedAt = change.at;
      assignment.pendingExtensionDays = null;
      return meetAssignmentDeadline(em, assignment, change.at);
    case AssignmentAction.SEND_BACK:
      assignment.sentBackReason = change.note;
      assignment.pendingExtensionDays = null;
      return withdrawAssignmentDeadline(em, assignment);
    case AssignmentAction.REQUEST_EXTENSION:
      if (assignment.pendingExtensionDays !== null) throw new IllegalTransitionError('joint-visit assignment', 'waiting for a decision on its last extension request', 'ask for another extension');
      assignment.pendingExtensionDays = requestedDays(change);
      assignment.pendingExtensionReason = change.note;
      return;
    case AssignmentAction.APPROVE_EXTENSION: {
      const workingDays = assertPending(assignment, 'approve an extension');
      await extendAssignmentDeadline(em, assignment, { workingDays, approvedBy: change.actor.userId, reason: assignment.pendingExtensionReason ?? '', at: change.at });
      assignment.pendingExtensionDays = null;
      return;
    }
    case AssignmentAction.REFUSE_EXTENSION:
      assertPending(assignment, 'refuse an extension');
      assignment.pendingExtensionDays = null;
      return;
    case AssignmentAction.MARK_OVERDUE:
      assignment.overdueSince ??= change.at;
      return;
    case AssignmentAction.REMIND:
      assignment.reminderCount += 1;
      assignment.lastRemindedAt = change.at;
      return;
    case AssignmentAction.ESCALATE: {
      const target = await escalationTargetOf(em, assignment);
      assignment.escalatedToAgencyId = target.agencyId;
      assignment.escalatedToStaffId = target.staffId;
      return;
    }
    case AssignmentAction.ADD_SUPERVISION_NOTE:
      assignment.supervisionNote = change.note;
      return;
    case AssignmentAction.REPORT_PROGRESS:
      assignment.lastProgressNote = change.note;
      return;
  }
}
