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
 * What the partner is told about the person (数据最小化): name, contact and, when the help
 * needs it and the consent covers it, the ID number; each null when it is not shared.
 */
const referredPerson = z.object({
  name: z.string().nullable(),
  contactPhone: z.string().nullable(),
  idNumber: z.string().nullable().describe('Only when the help needs it and the recorded consent covers ID_NUMBER.'),
});

/**
 * A judicial-assistance referral (转介) was issued to a partner agency, or issued again
 * after its acknowledgement was overdue. Carries only what the help needs and the sharing
 * basis covers.
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
    person: referredPerson.optional(),
    sharedData: z.array(z.string()).optional().describe('The personal-data items the partner may hold: NAME, CONTACT, ID_NUMBER, ...'),
    dataSharingBasis: z.enum(['CONSENT', 'LEGAL_GROUND']).optional(),
    acknowledgeBy: z.iso.datetime({ offset: true }).nullable().optional().describe('The partner acknowledges by then (5 working days).'),
    reissue: z.boolean().optional().describe('Issued again after the acknowledgement was overdue; the clock started again.'),
    redirectedFromId: z.uuid().nullable().optional().describe('The declined referral this one redirects.'),
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

/**
 * The issuer escalated a referral the partner has not acknowledged in time to the partner
 * agency's superior in the directory (上级督办), on the superior's own referrals topic: what
 * is overdue, at whom, since when. Nothing about the person: the superior chases, it does not help.
 */
export const ReferralEscalated = defineEvent({
  type: 'ReferralEscalated',
  version: 1,
  topic: AgencyTopics.referrals,
  addressedTo: (data) => data.superiorAgencyId,
  description: 'An overdue referral was escalated to the partner agency\'s superior, which should see that it is acknowledged.',
  data: z.object({
    ...referralData,
    superiorAgencyId: z.string(),
    issuingAgencyId: z.string(),
    helpNeeded: z.string(),
    issuedAt: z.iso.datetime({ offset: true }),
    overdueSince: z.iso.datetime({ offset: true }),
    note: z.string().nullable(),
  }),
});
