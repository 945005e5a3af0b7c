import type { EntityManager } from '@mikro-orm/postgresql';
import { loadWorkingCalendar, lockClocksOf, meetDeadline, startDeadline } from '@xinfang/kit';
import type { DeadlineClock, StepChange } from '@xinfang/kit';
import type { Referral } from './referral.entity';
import { ReferralAction } from './referral-status';
import type { ReferralStatus } from './referral-status';

/** The subject type referrals' clocks are stored under. */
export const REFERRAL_SUBJECT = 'Referral';

/** What a step does to the hand-over clock: the partner's first answer meets it; a revocation withdraws it. */
export type HandoverOutcome = 'MET' | 'WITHDRAWN';

/**
 * The partner answers by acknowledging, or by accepting or declining straight away: any of
 * them hands the referral over. Revoked before that, it owes nothing, and its clock goes (the
 * history keeps the revocation); revoked after, the clock stays met.
 */
export function handoverOutcomeOf(action: string): HandoverOutcome | null {
  switch (action) {
    case ReferralAction.ACKNOWLEDGE:
    case ReferralAction.ACCEPT:
    case ReferralAction.DECLINE:
      return 'MET';
    case ReferralAction.REVOKE:
      return 'WITHDRAWN';
    default:
      return null;
  }
}

/** Issuing a referral starts its hand-over clock: the partner owes an answer within 5 working days (REFERRAL_HANDOVER). */
export async function startHandoverDeadline(em: EntityManager, referral: Referral, at: Date = referral.issuedAt): Promise<DeadlineClock> {
  const subject = { type: REFERRAL_SUBJECT, id: referral.id, agencyId: referral.partnerAgencyId };
  return startDeadline(em, 'REFERRAL_HANDOVER', subject, at, await loadWorkingCalendar(em));
}

/** A step's effect on the hand-over clock, in the step's flush. */
export async function settleHandoverDeadline(em: EntityManager, referral: Referral, change: StepChange<ReferralAction, ReferralStatus>): Promise<void> {
  const outcome = handoverOutcomeOf(change.action);
  if (!outcome) return;
  const clock = (await lockClocksOf(em, REFERRAL_SUBJECT, referral.id)).find((candidate) => candidate.rule === 'REFERRAL_HANDOVER');
  if (!clock || clock.metAt) return;
  if (outcome === 'MET') meetDeadline(clock, change.at);
  else em.remove(clock);
}
