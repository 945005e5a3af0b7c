import { z } from 'zod';
import { defineEvent } from '../contract';
import { Topics } from './topics';

const deadlineData = {
  clockId: z.uuid(),
  rule: z.string().describe('The named rule, e.g. PROCEDURAL_REPLY (7日内程序性回复).'),
  subjectType: z.string().describe('What it times, e.g. Petition.'),
  subjectId: z.string(),
  agencyId: z.string().describe('The agency that owes the answer.'),
  responsibleId: z.string().nullable().describe('The person accountable, if assigned.'),
  dueAt: z.iso.datetime({ offset: true }),
};

/** A deadline (时限) will fall due within three China days and is not met yet (临期预警). */
export const DeadlineApproaching = defineEvent({
  type: 'DeadlineApproaching',
  version: 1,
  topic: Topics.deadlines,
  description: 'A stored deadline is due within three days and not yet met; announced once per clock.',
  data: z.object(deadlineData),
});

/** A deadline passed unmet (超期): the matter goes on the overdue lists and to supervision. */
export const DeadlineMissed = defineEvent({
  type: 'DeadlineMissed',
  version: 1,
  topic: Topics.deadlines,
  description: 'A stored deadline passed without being met; announced once per clock.',
  data: z.object(deadlineData),
});
