import { AgencyTopics, AssignmentUpdateReported, Role, reportedStepsConsumer } from '@xinfang/kit';
import { AssignmentAction } from './assignment-status';
import { ASSIGNMENT_WORKFLOW } from './assignment-workflow';

/**
 * Assignee agencies (a court, the police) with systems of their own report on assignments
 * through Kafka, each on its own `agency.<id>.assignment-updates.v1`; the topic says which
 * agency reports, and it must be the assignee. Its system acts as the agency's handlers do.
 */
export const assignmentUpdatesConsumer = reportedStepsConsumer({
  groupId: 'joint-visits.assignment-updates',
  family: AgencyTopics.assignmentUpdates,
  contract: AssignmentUpdateReported,
  workflow: ASSIGNMENT_WORKFLOW,
  roles: [Role.HANDLER],
  subjectOf: (data) => data.assignmentId,
  actionOf: (reported) => AssignmentAction[reported as keyof typeof AssignmentAction],
});
