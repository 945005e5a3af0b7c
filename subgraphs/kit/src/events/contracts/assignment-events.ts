import { z } from 'zod';
import { defineEvent } from '../contract';
import { AgencyTopics } from './agency-topics';

/** At a joint visit (联合接访) the commission assigned a petition to an agency. */
export const AssignmentCreated = defineEvent({
  type: 'AssignmentCreated',
  version: 1,
  topic: AgencyTopics.assignments,
  addressedTo: (data) => data.assigneeAgencyId,
  description: 'A joint-visit assignment was made to an agency, which must report progress by the due date.',
  data: z.object({
    assignmentId: z.uuid(),
    sessionId: z.uuid().nullable(),
    petitionId: z.uuid(),
    assigneeAgencyId: z.string(),
    assignedByAgencyId: z.string(),
    task: z.string(),
    dueAt: z.iso.datetime({ offset: true }),
  }),
});

/** The assignee reported progress on, or completed, an assignment (via the platform's API). */
export const AssignmentStatusChanged = defineEvent({
  type: 'AssignmentStatusChanged',
  version: 1,
  topic: AgencyTopics.assignments,
  addressedTo: (data) => data.assigneeAgencyId,
  description: 'An assignment moved to a new status (in progress, completed), with the note or outcome reported.',
  data: z.object({
    assignmentId: z.uuid(),
    petitionId: z.uuid(),
    assigneeAgencyId: z.string(),
    assignedByAgencyId: z.string(),
    status: z.string(),
    previousStatus: z.string(),
    note: z.string(),
    reportedBy: z.string(),
  }),
});

/**
 * An assignee agency's own system reports on an assignment through Kafka instead of the API,
 * on its own `agency.<agencyId>.assignment-updates.v1`; the topic says which agency reported.
 */
export const AssignmentUpdateReported = defineEvent({
  type: 'AssignmentUpdateReported',
  version: 1,
  topic: AgencyTopics.assignmentUpdates,
  description: 'An assignee agency reports progress on, or the completion of, an assignment.',
  data: z.object({
    assignmentId: z.uuid(),
    action: z.enum(['REPORT_PROGRESS', 'COMPLETE']),
    note: z.string().min(1).describe('What was done; for COMPLETE, the outcome.'),
    reportedBy: z.string().min(1).describe('Who at the agency reported it (their user id there).'),
    reportedByName: z.string().min(1).optional().describe('Their name, for the assignment\'s history; the user id stands in when it is absent.'),
  }),
});
