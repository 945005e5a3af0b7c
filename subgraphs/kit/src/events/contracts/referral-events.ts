import { z } from 'zod';
import { defineEvent } from '../contract';
import { AgencyTopics } from './agency-topics';

const referralData = {
  referralId: z.uuid(),
  assistanceCaseId: z.uuid(),
  petitionId: z.uuid(),
  partnerAgencyId: z.string(),
};

/**
 * A judicial-assistance referral (转介) was issued to a partner agency. Carries only
 * what the help needs: no ID numbers or phone numbers of the person.
 */
export const ReferralIssued = defineEvent({
  type: 'ReferralIssued',
  version: 1,
  topic: AgencyTopics.referrals,
  addressedTo: (data) => data.partnerAgencyId,
  description: 'A referral was issued to a partner agency, which should acknowledge it within 5 working days.',
  data: z.object({
    ...referralData,
    issuingAgencyId: z.string(),
    helpNeeded: z.string().describe('What kind of help: psychological counselling, social assistance, ...'),
    summary: z.string(),
    urgent: z.boolean(),
  }),
});

/** The referral's status changed through the platform's API. */
export const ReferralStatusChanged = defineEvent({
  type: 'ReferralStatusChanged',
  version: 1,
  topic: AgencyTopics.referrals,
  addressedTo: (data) => data.partnerAgencyId,
  description: 'A referral moved to a new status (acknowledged, accepted, declined, in progress, completed, revoked).',
  data: z.object({
    ...referralData,
    status: z.string(),
    previousStatus: z.string(),
    note: z.string().nullable(),
  }),
});

/**
 * A partner agency's own system reports on a referral through Kafka instead of the API, on
 * its own `agency.<agencyId>.referral-updates.v1`. The topic says which agency reported; the
 * envelope's `source.agencyId` is not trusted for it. Assistance applies it exactly once.
 */
export const ReferralUpdateReported = defineEvent({
  type: 'ReferralUpdateReported',
  version: 1,
  topic: AgencyTopics.referralUpdates,
  description: 'A partner agency reports acknowledging, accepting, declining, starting or completing a referral.',
  data: z.object({
    referralId: z.uuid(),
    action: z.enum(['ACKNOWLEDGE', 'ACCEPT', 'DECLINE', 'START', 'COMPLETE']),
    note: z.string().nullable(),
    reportedBy: z.string().describe('Who at the partner agency reported it (their user id there).'),
    reportedByName: z.string().min(1).optional().describe('Their name, for the referral\'s history; the user id stands in when it is absent.'),
  }),
});
