import { ActorVia, DeadlineMissed, Role, Topics, on, takeStep } from '@xinfang/kit';
import type { Actor, ConsumerDefinition } from '@xinfang/kit';
import { Assignment } from './assignment.entity';
import { ASSIGNMENT_SUBJECT } from './assignment-deadlines';
import { AssignmentAction, AssignmentStatus } from './assignment-status';
import { ASSIGNMENT_WORKFLOW } from './assignment-workflow';

/** The platform's deadline monitor, acting for the commission that supervises the assignment. */
function deadlineMonitorFor(assignment: Assignment): Actor {
  return { userId: 'deadline-monitor', name: '时限监控', agencyId: assignment.assignedByAgencyId, roles: [Role.COMMISSION], via: ActorVia.KAFKA };
}

/**
 * An assignment's clock passed unmet (DeadlineMissed on clocks.deadlines.v1, once per
 * clock): it goes on the commission's overdue list, as a step in its history. Other
 * subgraphs' clocks, and assignments finished meanwhile, are none of its business.
 */
export const assignmentDeadlinesConsumer: ConsumerDefinition = {
  groupId: 'joint-visits.deadlines',
  topics: [Topics.deadlines],
  handlers: [
    on(DeadlineMissed, async ({ data, traceparent }, em) => {
      if (data.subjectType !== ASSIGNMENT_SUBJECT) return;
      const assignment = await em.findOne(Assignment, { id: data.subjectId });
      const open = assignment && [AssignmentStatus.ASSIGNED, AssignmentStatus.IN_PROGRESS].includes(assignment.status);
      if (!open || assignment.overdueSince) return;
      await takeStep(em, ASSIGNMENT_WORKFLOW, { id: assignment.id, action: AssignmentAction.MARK_OVERDUE, actor: deadlineMonitorFor(assignment), note: `Due ${data.dueAt}`, traceparent });
    }),
  ],
};
