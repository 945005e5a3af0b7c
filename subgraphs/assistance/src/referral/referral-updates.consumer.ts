import { ReferralUpdateReported, Topics } from '@xinfang/kit';
import type { ConsumerDefinition, EventOf } from '@xinfang/kit';
import { ReferralAction } from './referral-status';
import { applyReferralAction } from './referral.service';

/**
 * Partner agencies with systems of their own report on referrals through Kafka. The
 * reporting agency is the event's source; it must be the referral's partner.
 */
export const referralUpdatesConsumer: ConsumerDefinition = {
  groupId: 'assistance.referral-updates',
  topics: [Topics.referralUpdates],
  handlers: {
    [ReferralUpdateReported.type]: async (event, em) => {
      const { data, source } = event as EventOf<typeof ReferralUpdateReported>;
      const actor = { agencyId: source.agencyId ?? source.service, userId: data.reportedBy };
      await applyReferralAction(em, data.referralId, ReferralAction[data.action], data.note, actor, event.traceparent);
    },
  },
};
