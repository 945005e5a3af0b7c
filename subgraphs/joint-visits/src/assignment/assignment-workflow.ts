import { AssignmentStatusChanged, stepEvent } from '@xinfang/kit';
import type { WorkflowDefinition } from '@xinfang/kit';
import { SERVICE } from '../service-name';
import { Assignment } from './assignment.entity';
import { ASSIGNMENT_STEPS, AssignmentAction } from './assignment-status';
import type { AssignmentParty, AssignmentStatus } from './assignment-status';

/**
 * An assignment's steps as the kit runs them: the assignee agency reports, the assigning
 * commission supervises; every step is announced with AssignmentStatusChanged.
 */
export const ASSIGNMENT_WORKFLOW: WorkflowDefinition<Assignment, AssignmentAction, AssignmentStatus, AssignmentParty> = {
  aggregateType: 'JointVisitAssignment',
  noun: 'joint-visit assignment',
  entity: Assignment,
  service: SERVICE,
  steps: ASSIGNMENT_STEPS,
  sides: {
    ASSIGNEE: { label: 'assignee agency', agencyOf: (assignment) => assignment.assigneeAgencyId },
    ASSIGNER: { label: 'assigning commission', agencyOf: (assignment) => assignment.assignedByAgencyId },
  },
  apply(assignment, change) {
    if (change.action === AssignmentAction.COMPLETE) {
      assignment.outcome = change.note;
      assignment.completedAt = change.at;
    } else {
      assignment.lastProgressNote = change.note;
    }
    assignment.lastReportedBy = change.actor.userId;
  },
  event: (assignment, change) => stepEvent(AssignmentStatusChanged, {
    assignmentId: assignment.id,
    petitionId: assignment.petitionId,
    assigneeAgencyId: assignment.assigneeAgencyId,
    assignedByAgencyId: assignment.assignedByAgencyId,
    status: change.to,
    previousStatus: change.from ?? change.to,
    // Every assignment step needs a note, so the table has made sure there is one.
    note: change.note ?? '',
    reportedBy: change.actor.userId,
  }),
};
