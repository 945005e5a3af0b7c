import { ReferralStatusChanged, stepEvent } from '@xinfang/kit';
import type { WorkflowDefinition } from '@xinfang/kit';
import { SERVICE } from '../service-name';
import { Referral } from './referral.entity';
import { settleHandoverDeadline } from './referral-deadlines';
import { REFERRAL_STEPS } from './referral-status';
import type { ReferralAction, ReferralParty, ReferralStatus } from './referral-status';

/**
 * A referral's steps as the kit runs them: the partner agency on one side, the issuing
 * procuratorate on the other; every step is announced with ReferralStatusChanged, and the
 * hand-over clock (5 working days) is settled by the partner's first answer or a revocation,
 * however the step arrives (the API, or the partner's system through Kafka).
 */
export const REFERRAL_WORKFLOW: WorkflowDefinition<Referral, ReferralAction, ReferralStatus, ReferralParty> = {
  aggregateType: 'Referral',
  noun: 'referral',
  entity: Referral,
  service: SERVICE,
  steps: REFERRAL_STEPS,
  sides: {
    PARTNER: { label: 'partner agency', agencyOf: (referral) => referral.partnerAgencyId },
    ISSUER: { label: 'issuing agency', agencyOf: (referral) => referral.issuingAgencyId },
  },
  apply(referral, change) {
    // The latest reason or outcome stays on the referral; a step without one keeps it.
    referral.statusNote = change.note ?? referral.statusNote;
  },
  // The partner's first answer meets the hand-over clock; a revocation withdraws it.
  effects: settleHandoverDeadline,
  event: (referral, change) => stepEvent(ReferralStatusChanged, {
    referralId: referral.id,
    assistanceCaseId: referral.assistanceCaseId,
    petitionId: referral.petitionId,
    partnerAgencyId: referral.partnerAgencyId,
    status: change.to,
    previousStatus: change.from ?? change.to,
    note: change.note,
  }),
};
