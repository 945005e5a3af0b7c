import { registerEnumType } from 'type-graphql';
import { Role } from '@xinfang/kit';
import type { StepTable } from '@xinfang/kit';

/** A referral's life: issued → acknowledged → accepted or declined (then perhaps redirected) → in progress → completed. */
export enum ReferralStatus {
  ISSUED = 'ISSUED',
  ACKNOWLEDGED = 'ACKNOWLEDGED',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
  IN_PROGRESS = 'IN_PROGRESS',
  COMPLETED = 'COMPLETED',
  REVOKED = 'REVOKED',
  /** Declined, then sent on by the issuer to another partner as a new referral. */
  REDIRECTED = 'REDIRECTED',
}

/** Steps on a referral; the partner takes most, the issuer may revoke until it is accepted. */
export enum ReferralAction {
  ACKNOWLEDGE = 'ACKNOWLEDGE',
  ACCEPT = 'ACCEPT',
  DECLINE = 'DECLINE',
  START = 'START',
  COMPLETE = 'COMPLETE',
  REVOKE = 'REVOKE',
  /** The issuer escalates an overdue referral to the partner agency's superior. */
  ESCALATE = 'ESCALATE',
  /** The issuer issues an overdue referral again: a new hand-over clock, told to the partner again. */
  REISSUE = 'REISSUE',
  /** The issuer sends a declined referral on to another partner agency. */
  REDIRECT = 'REDIRECT',
}

/** The two sides of a referral: the partner agency asked to help, and the procuratorate that issued it. */
export type ReferralParty = 'PARTNER' | 'ISSUER';

/** Staff of the partner agency: its caseworkers (PARTNER), handlers, heads and leaders. */
const PARTNER_ROLES = [Role.PARTNER, Role.HANDLER, Role.DEPARTMENT_HEAD, Role.LEADER];
/** Staff of the issuing procuratorate who handle the case. */
const ISSUER_ROLES = [Role.HANDLER, Role.DEPARTMENT_HEAD, Role.LEADER];

/** Declining must say why, completing what came of it. */
export const REFERRAL_STEPS: StepTable<ReferralAction, ReferralStatus, ReferralParty> = {
  ACKNOWLEDGE: { from: [ReferralStatus.ISSUED], to: ReferralStatus.ACKNOWLEDGED, by: 'PARTNER', roles: PARTNER_ROLES },
  ACCEPT: { from: [ReferralStatus.ISSUED, ReferralStatus.ACKNOWLEDGED], to: ReferralStatus.ACCEPTED, by: 'PARTNER', roles: PARTNER_ROLES },
  DECLINE: { from: [ReferralStatus.ISSUED, ReferralStatus.ACKNOWLEDGED], to: ReferralStatus.DECLINED, by: 'PARTNER', roles: PARTNER_ROLES, needsNote: true, noteName: 'reason' },
  START: { from: [ReferralStatus.ACCEPTED], to: ReferralStatus.IN_PROGRESS, by: 'PARTNER', roles: PARTNER_ROLES },
  COMPLETE: { from: [ReferralStatus.ACCEPTED, ReferralStatus.IN_PROGRESS], to: ReferralStatus.COMPLETED, by: 'PARTNER', roles: PARTNER_ROLES, needsNote: true, noteName: 'outcome' },
  REVOKE: { from: [ReferralStatus.ISSUED, ReferralStatus.ACKNOWLEDGED], to: ReferralStatus.REVOKED, by: 'ISSUER', roles: ISSUER_ROLES, noteName: 'reason' },
  // Both only while it waits for its first answer, and only once it is overdue (checked by the workflow's effects).
  ESCALATE: { from: [ReferralStatus.ISSUED], by: 'ISSUER', roles: ISSUER_ROLES },
  REISSUE: { from: [ReferralStatus.ISSUED], by: 'ISSUER', roles: ISSUER_ROLES, verb: 'issue again' },
  REDIRECT: { from: [ReferralStatus.DECLINED], to: ReferralStatus.REDIRECTED, by: 'ISSUER', roles: ISSUER_ROLES, requires: ['redirectedToId'], noteName: 'note' },
};

registerEnumType(ReferralStatus, { name: 'ReferralStatus', description: 'Where a referral stands.' });
registerEnumType(ReferralAction, { name: 'ReferralAction', description: 'A step on a referral.' });
