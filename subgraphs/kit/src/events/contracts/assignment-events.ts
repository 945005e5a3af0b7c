import { z } from 'zod';
import { defineEvent } from '../contract';
import { AgencyTopics } from './agency-topics';
import { Topics } from './topics';

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
    // Optional, not defaulted: a v1 event written before the fields existed stays valid as published.
    action: z.string().optional().describe('The step: REPORT_PROGRESS, COMPLETE, SEND_BACK, REQUEST_EXTENSION, APPROVE_EXTENSION, REFUSE_EXTENSION, MARK_OVERDUE, REMIND (催办), ESCALATE, ADD_SUPERVISION_NOTE.'),
    dueAt: z.iso.datetime({ offset: true }).optional().describe('The due date after the step (moved by an approved extension).'),
  }),
});

/**
 * The commission escalated an overdue assignment (督办升级) to the assignee agency's superior,
 * or to its own leader: on that agency's own topic.
 */
export const AssignmentEscalated = defineEvent({
  type: 'AssignmentEscalated',
  version: 1,
  topic: AgencyTopics.assignments,
  addressedTo: (data) => data.escalatedToAgencyId,
  description: 'An assignment the assignee has not done in time was escalated to this agency (the assignee\'s superior, or the commission\'s leader).',
  data: z.object({
    assignmentId: z.uuid(),
    petitionId: z.uuid(),
    assigneeAgencyId: z.string(),
    assignedByAgencyId: z.string(),
    escalatedToAgencyId: z.string(),
    escalatedToStaffId: z.string().nullable().describe('The leader it was escalated to, when it went to the commission\'s leader.'),
    note: z.string(),
    dueAt: z.iso.datetime({ offset: true }),
  }),
});

/**
 * The commission assigned a petition to an agency (交办), for the petitions subgraph: the
 * agency may then read the petition's summary and state, and its petitioners' personal data
 * only when its task needs them.
 */
export const PetitionAssignedToAgency = defineEvent({
  type: 'PetitionAssignedToAgency',
  version: 1,
  topic: Topics.jointVisitAssignments,
  description: 'A petition was assigned to an agency at a joint visit; it may follow the petition from now on.',
  data: z.object({
    assignmentId: z.uuid(),
    petitionId: z.uuid(),
    assigneeAgencyId: z.string(),
    assignedByAgencyId: z.string(),
    role: z.enum(['LEAD', 'CO_HANDLER']),
    needsPersonalData: z.boolean().describe('Its task needs the petitioners\' personal data (e.g. to visit them).'),
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
    action: z.enum(['REPORT_PROGRESS', 'COMPLETE', 'SEND_BACK']),
    note: z.string().min(1).describe('What was done; for COMPLETE, the outcome; for SEND_BACK, why the agency sends it back.'),
    reportedBy: z.string().min(1).describe('Who at the agency reported it (their user id there).'),
    reportedByName: z.string().min(1).optional().describe('Their name, for the assignment\'s history; the user id stands in when it is absent.'),
  }),
});
