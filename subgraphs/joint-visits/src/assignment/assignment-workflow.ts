import { AssignmentEscalated, AssignmentStatusChanged, stepEvent } from '@xinfang/kit';
import type { StepEvent, WorkflowDefinition } from '@xinfang/kit';
import { SERVICE } from '../service-name';
import { Assignment } from './assignment.entity';
import { assignmentStepEffects } from './assignment-step-effects';
import { ASSIGNMENT_STEPS, AssignmentAction } from './assignment-status';
import type { AssignmentParty, AssignmentStatus } from './assignment-status';
import { receivingAgencyByPetition } from '../petition/received-petition.loaders';
import { assignmentWorks } from './assignment-access';

/**
 * An assignment's steps as the kit runs them: the assignee agency reports, the assigning
 * commission decides extensions and supervises; every step is announced on the assignee's
 * own topic with AssignmentStatusChanged (a reminder reaches its system that way), and an
 * escalation also on the topic of the agency it goes to.
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
    // Whoever took the step last, for either side's follow-up.
    assignment.lastReportedBy = change.actor.userId;
  },
  effects: assignmentStepEffects,
  worksOf: async (assignment, context) => assignmentWorks(assignment, await receivingAgencyByPetition(context).load(assignment.petitionId)),
  event: (assignment, change) => {
    const common = { assignmentId: assignment.id, petitionId: assignment.petitionId, assigneeAgencyId: assignment.assigneeAgencyId, assignedByAgencyId: assignment.assignedByAgencyId };
    const events: StepEvent[] = [stepEvent(AssignmentStatusChanged, {
      ...common,
      status: change.to,
      previousStatus: change.from ?? change.to,
      note: change.note ?? '',
      reportedBy: change.actor.userId,
      action: change.action,
      dueAt: assignment.dueAt.toISOString(),
    })];
    if (change.action === AssignmentAction.ESCALATE && assignment.escalatedToAgencyId) {
      events.push(stepEvent(AssignmentEscalated, {
        ...common,
        escalatedToAgencyId: assignment.escalatedToAgencyId,
        escalatedToStaffId: assignment.escalatedToStaffId,
        note: change.note ?? '',
        dueAt: assignment.dueAt.toISOString(),
      }));
    }
    return events;
  },
};
