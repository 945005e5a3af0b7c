import { ReferralIssued, stepEvent } from '@xinfang/kit';
import type { StepEvent } from '@xinfang/kit';
import { sharedItemsOf } from './data-sharing';
import { SharedDataItem } from './referral-kind';
import { openReferralField } from './referral-protection';
import type { Referral } from './referral.entity';

/** The items of personal data this referral may share with its partner. */
export function sharedItemsOfReferral(referral: Referral): SharedDataItem[] {
  return sharedItemsOf({ consentCovers: referral.consentCovers });
}

/** The person as the partner is told: each item only if the sharing basis covers it. */
export function referredPerson(referral: Referral) {
  const shared = sharedItemsOfReferral(referral);
  return {
    name: shared.includes(SharedDataItem.NAME) ? referral.personName : null,
    contactPhone: shared.includes(SharedDataItem.CONTACT) ? openReferralField(referral, 'contactPhone') : null,
    idNumber: shared.includes(SharedDataItem.ID_NUMBER) ? openReferralField(referral, 'idNumber') : null,
  };
}

/**
 * ReferralIssued on the partner's own topic: what it needs to help and nothing more. Sent when
 * the referral is issued, and again when it is issued anew after going unacknowledged.
 */
export function referralIssuedEvent(referral: Referral, acknowledgeBy: Date | null, reissue = false): StepEvent {
  return stepEvent(ReferralIssued, {
    referralId: referral.id,
    assistanceCaseId: referral.assistanceCaseId,
    petitionId: referral.petitionId,
    partnerAgencyId: referral.partnerAgencyId,
    issuingAgencyId: referral.issuingAgencyId,
    helpNeeded: referral.helpNeeded,
    summary: referral.summary,
    urgent: referral.urgent,
    person: referredPerson(referral),
    sharedData: sharedItemsOfReferral(referral),
    dataSharingBasis: referral.dataSharingBasis,
    acknowledgeBy: acknowledgeBy?.toISOString() ?? null,
    reissue,
    redirectedFromId: referral.redirectedFromId,
  });
}
