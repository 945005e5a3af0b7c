import { AgencyTopics, ReferralUpdateReported, Role, reportedStepsConsumer } from '@xinfang/kit';
import { ReferralAction } from './referral-status';
import { REFERRAL_WORKFLOW } from './referral-workflow';

/**
 * Partner agencies with systems of their own report on referrals through Kafka, each on its
 * own `agency.<id>.referral-updates.v1`; the topic says which agency reports, and it must be
 * the referral's partner. Its system acts with the partner role, as its caseworkers do.
 */
export const referralUpdatesConsumer = reportedStepsConsumer({
  groupId: 'assistance.referral-updates',
  family: AgencyTopics.referralUpdates,
  contract: ReferralUpdateReported,
  workflow: REFERRAL_WORKFLOW,
  roles: [Role.PARTNER],
  subjectOf: (data) => data.referralId,
  actionOf: (reported) => ReferralAction[reported as keyof typeof ReferralAction],
});
