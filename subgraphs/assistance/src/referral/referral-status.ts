import { registerEnumType } from 'type-graphql';

/** A referral's life: issued → acknowledged → accepted or declined → in progress → completed. */
export enum ReferralStatus {
  ISSUED = 'ISSUED',
  ACKNOWLEDGED = 'ACKNOWLEDGED',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
  IN_PROGRESS = 'IN_PROGRESS',
  COMPLETED = 'COMPLETED',
  REVOKED = 'REVOKED',
}

/** Steps on a referral; the partner takes most, the issuer may revoke until it is accepted. */
export enum ReferralAction {
  ACKNOWLEDGE = 'ACKNOWLEDGE',
  ACCEPT = 'ACCEPT',
  DECLINE = 'DECLINE',
  START = 'START',
  COMPLETE = 'COMPLETE',
  REVOKE = 'REVOKE',
}

export type ReferralParty = 'PARTNER' | 'ISSUER';

interface Step {
  from: readonly ReferralStatus[];
  to: ReferralStatus;
  by: ReferralParty;
  /** Declining and completing must say why / what came of it. */
  needsNote: boolean;
}

export const REFERRAL_STEPS: Record<ReferralAction, Step> = {
  ACKNOWLEDGE: { from: [ReferralStatus.ISSUED], to: ReferralStatus.ACKNOWLEDGED, by: 'PARTNER', needsNote: false },
  ACCEPT: { from: [ReferralStatus.ISSUED, ReferralStatus.ACKNOWLEDGED], to: ReferralStatus.ACCEPTED, by: 'PARTNER', needsNote: false },
  DECLINE: { from: [ReferralStatus.ISSUED, ReferralStatus.ACKNOWLEDGED], to: ReferralStatus.DECLINED, by: 'PARTNER', needsNote: true },
  START: { from: [ReferralStatus.ACCEPTED], to: ReferralStatus.IN_PROGRESS, by: 'PARTNER', needsNote: false },
  COMPLETE: { from: [ReferralStatus.ACCEPTED, ReferralStatus.IN_PROGRESS], to: ReferralStatus.COMPLETED, by: 'PARTNER', needsNote: true },
  REVOKE: { from: [ReferralStatus.ISSUED, ReferralStatus.ACKNOWLEDGED], to: ReferralStatus.REVOKED, by: 'ISSUER', needsNote: false },
};

registerEnumType(ReferralStatus, { name: 'ReferralStatus', description: 'Where a referral stands.' });
registerEnumType(ReferralAction, { name: 'ReferralAction', description: 'A step on a referral.' });
