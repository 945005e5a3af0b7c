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
