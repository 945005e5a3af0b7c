import { ReferralUpdateReported, Role, Topics, actorFromEvent, takeStep } from '@xinfang/kit';
import type { ConsumerDefinition, EventOf } from '@xinfang/kit';
import { ReferralAction } from './referral-status';
import { REFERRAL_WORKFLOW } from './referral-workflow';

/**
 * Partner agencies with systems of their own report on referrals through Kafka. The
 * reporting agency is the event's source; it must be the referral's partner, and its
 * system acts with the partner role, as the agency's caseworkers do through the API.
 */
export const referralUpdatesConsumer: ConsumerDefinition = {
  groupId: 'assistance.referral-updates',
  topics: [Topics.referralUpdates],
  handlers: {
    [ReferralUpdateReported.type]: async (event, em) => {
      const { data } = event as EventOf<typeof ReferralUpdateReported>;
      const actor = actorFromEvent(event, { userId: data.reportedBy, name: data.reportedByName, roles: [Role.PARTNER] });
      const action = ReferralAction[data.action];
      await takeStep(em, REFERRAL_WORKFLOW, { id: data.referralId, action, note: data.note, actor, traceparent: event.traceparent });
    },
  },
};
