import type { DeadlineClock } from '@xinfang/kit';
import type { Referral } from './referral.entity';
import { ReferralStatus } from './referral-status';

const DAY_MS = 24 * 3600_000;

/** The hand-over clock among a referral's clocks (REFERRAL_HANDOVER), if it still has one. */
export function handoverClockOf(clocks: readonly DeadlineClock[]): DeadlineClock | null {
  return clocks.find((clock) => clock.rule === 'REFERRAL_HANDOVER') ?? null;
}

/**
 * Whole days left for the partner to acknowledge, negative once overdue (as petitions count
 * them); none once it has answered, or when there is nothing to answer any more.
 */
export function acknowledgementDaysLeft(referral: Pick<Referral, 'status'>, clock: DeadlineClock | null, now = Date.now()): number | null {
  if (referral.status !== ReferralStatus.ISSUED || !clock?.dueAt || clock.metAt) return null;
  return Math.floor((clock.dueAt.getTime() - now) / DAY_MS);
}
