import { z } from 'zod';
import { defineEvent } from '../contract';
import { Topics } from './topics';

/** At a joint visit (联合接访) the commission assigned a petition to an agency. */
export const AssignmentCreated = defineEvent({
  type: 'AssignmentCreated',
  version: 1,
  topic: Topics.assignments,
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
  topic: Topics.assignments,
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
