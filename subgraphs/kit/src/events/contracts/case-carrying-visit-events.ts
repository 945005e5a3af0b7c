import { z } from 'zod';
import { defineEvent } from '../contract';
import { Topics } from './topics';

/**
 * A leader's case-carrying visit down to the grassroots (带案下访) was recorded. Names the
 * petition, agency and staff only: what was discussed at the petitioner's home stays in the
 * record, out of Kafka, to protect their privacy.
 */
export const CaseCarryingVisitRecorded = defineEvent({
  type: 'CaseCarryingVisitRecorded',
  version: 1,
  topic: Topics.caseCarryingVisits,
  description: 'A leader visited a petitioner at their place for a petition; counts towards the leader\'s yearly quota by visit date (China time).',
  data: z.object({
    visitId: z.uuid(),
    petitionId: z.uuid(),
    agencyId: z.string(),
    leaderStaffId: z.string(),
    visitedAt: z.iso.datetime({ offset: true }),
    visitDate: z.string().describe('The China calendar day of the visit, YYYY-MM-DD; the year it counts for.'),
    reason: z.enum(['LONG_TERM_HARD_TO_RESOLVE', 'PETITIONER_ASKED', 'PETITIONER_OLD_WEAK_OR_IMMOBILE', 'OTHER']),
    companionStaffIds: z.array(z.string()),
    followUpCount: z.number().int().nonnegative(),
  }),
});
