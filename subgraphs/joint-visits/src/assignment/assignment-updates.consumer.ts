import { AgencyTopics, AssignmentUpdateReported, Role, reportedStepsConsumer } from '@xinfang/kit';
import { REPORTABLE_BY_EVENT } from './assignment-status';
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
  // The contract allows only these; anything else never reaches here (dead-lettered as invalid).
  actionOf: (reported) => REPORTABLE_BY_EVENT.find((action) => action === reported)!,
});
