import { DeadlineMissed, Topics, on } from '@xinfang/kit';
import type { ConsumerDefinition } from '@xinfang/kit';
import { Referral } from './referral.entity';
import { REFERRAL_SUBJECT } from './referral-deadlines';
import { ReferralStatus } from './referral-status';

/**
 * Flags a referral overdue when its hand-over clock is announced missed on
 * `clocks.deadlines.v1` (the kit's scheduler announces each clock once). Only a referral
 * still waiting for its first answer is flagged: one answered since is not overdue any more.
 * In the inbox transaction, so a redelivery flags nothing twice.
 */
export const referralDeadlinesConsumer: ConsumerDefinition = {
  groupId: 'assistance.deadlines',
  topics: [Topics.deadlines],
  handlers: [
    on(DeadlineMissed, async ({ data }, em) => {
      if (data.subjectType !== REFERRAL_SUBJECT || data.rule !== 'REFERRAL_HANDOVER') return;
      await em.nativeUpdate(Referral, { id: data.subjectId, status: ReferralStatus.ISSUED, overdueSince: null }, { overdueSince: new Date(data.dueAt) });
    }),
  ],
};
