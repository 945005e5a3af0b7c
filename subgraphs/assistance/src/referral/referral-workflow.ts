import { ReferralStatusChanged, stepEvent } from '@xinfang/kit';
import type { StepChange, StepEvent, WorkflowDefinition } from '@xinfang/kit';
import { SERVICE } from '../service-name';
import { Referral } from './referral.entity';
import { assertPartnerBoundText } from './data-sharing';
import { referralIssuedEvent, sharedItemsOfReferral } from './referral-announcement';
import { chaseOverdueReferral, referralEscalatedEvent, reissuedAcknowledgeBy } from './referral-chasing';
import { settleHandoverDeadline } from './referral-deadlines';
import { REFERRAL_STEPS, ReferralAction } from './referral-status';
import type { ReferralParty, ReferralStatus } from './referral-status';
import { referralWork } from './referral-access';

/**
 * A referral's steps as the kit runs them: the partner agency on one side, the issuing
 * procuratorate on the other; steps are announced on the partner's topic (ReferralStatusChanged,
 * or ReferralIssued again for a re-issue) and escalations on its superior's; the hand-over clock
 * (5 working days) is settled by the partner's first answer or a revocation, however the step
 * arrives (the API, or the partner's system through Kafka), and restarted by a re-issue.
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
    if (change.action === ReferralAction.REDIRECT) referral.redirectedToId = change.fields.redirectedToId as string;
  },
  // The partner's first answer meets the hand-over clock; a revocation withdraws it. What the
  // issuer writes goes to the partner too: no ID or phone number the sharing basis does not cover.
  async effects(em, referral, change) {
    if (REFERRAL_STEPS[change.action].by === 'ISSUER') assertPartnerBoundText(change.note, REFERRAL_STEPS[change.action].noteName ?? 'note', sharedItemsOfReferral(referral));
    await settleHandoverDeadline(em, referral, change);
    await chaseOverdueReferral(em, referral, change);
  },
  // A re-issue tells the partner again, as the first issue did; an escalation tells the
  // superior on its own topic, and the partner that it was escalated.
  worksOf: (referral) => referralWork(referral),
  event(referral, change) {
    if (change.action === ReferralAction.REISSUE) return referralIssuedEvent(referral, reissuedAcknowledgeBy(referral), true);
    const changed = statusChangedEvent(referral, change);
    return change.action === ReferralAction.ESCALATE ? [referralEscalatedEvent(referral, change), changed] : changed;
  },
};

function statusChangedEvent(referral: Referral, change: StepChange<ReferralAction, ReferralStatus>): StepEvent {
  return stepEvent(ReferralStatusChanged, {
    referralId: referral.id,
    assistanceCaseId: referral.assistanceCaseId,
    petitionId: referral.petitionId,
    partnerAgencyId: referral.partnerAgencyId,
    status: change.to,
    previousStatus: change.from ?? change.to,
    note: change.note,
  });
}
