import type { EntityManager } from '@mikro-orm/postgresql';
import { BadUserInputError, DirectoryAgency, IllegalTransitionError, ReferralEscalated, loadWorkingCalendar, lockClocksOf, restartDeadline, stepEvent } from '@xinfang/kit';
import type { StepChange, StepEvent } from '@xinfang/kit';
import type { Referral } from './referral.entity';
import { REFERRAL_SUBJECT, startHandoverDeadline } from './referral-deadlines';
import { ReferralAction } from './referral-status';
import type { ReferralStatus } from './referral-status';

/** The new due date a re-issue set, for the event the same step sends (effects run before the event is built). */
const reissuedDueAt = new WeakMap<Referral, Date | null>();

/**
 * Chasing an unanswered referral (催办): once it is overdue, the issuer escalates it to the
 * partner agency's superior in the directory, or issues it again with a new hand-over clock.
 * Refused while it is not overdue: the partner still has time.
 */
export async function chaseOverdueReferral(em: EntityManager, referral: Referral, change: StepChange<ReferralAction, ReferralStatus>): Promise<void> {
  if (change.action !== ReferralAction.ESCALATE && change.action !== ReferralAction.REISSUE) return;
  if (!referral.overdueSince) throw new IllegalTransitionError('referral', 'not overdue', change.action === ReferralAction.ESCALATE ? 'escalate' : 'issue again');
  if (change.action === ReferralAction.ESCALATE) {
    const partner = await em.findOne(DirectoryAgency, { id: referral.partnerAgencyId });
    if (!partner?.parentId) throw new BadUserInputError(`${partner?.name ?? referral.partnerAgencyId} has no superior in the directory to escalate to; issue it again instead`, { field: 'id' });
    referral.escalatedToAgencyId = partner.parentId;
    referral.escalatedAt = change.at;
    return;
  }
  const clock = (await lockClocksOf(em, REFERRAL_SUBJECT, referral.id)).find((candidate) => candidate.rule === 'REFERRAL_HANDOVER');
  const restarted = clock ? restartDeadline(clock, change.at, await loadWorkingCalendar(em)) : await startHandoverDeadline(em, referral, change.at);
  referral.overdueSince = null;
  reissuedDueAt.set(referral, restarted.dueAt);
}

/** The due date the re-issue in this step set. */
export function reissuedAcknowledgeBy(referral: Referral): Date | null {
  return reissuedDueAt.get(referral) ?? null;
}

/** ReferralEscalated, on the superior's own referrals topic. */
export function referralEscalatedEvent(referral: Referral, change: StepChange<ReferralAction, ReferralStatus>): StepEvent {
  return stepEvent(ReferralEscalated, {
    referralId: referral.id,
    assistanceCaseId: referral.assistanceCaseId,
    petitionId: referral.petitionId,
    partnerAgencyId: referral.partnerAgencyId,
    superiorAgencyId: referral.escalatedToAgencyId!,
    issuingAgencyId: referral.issuingAgencyId,
    helpNeeded: referral.helpNeeded,
    issuedAt: referral.issuedAt.toISOString(),
    overdueSince: referral.overdueSince!.toISOString(),
    note: change.note,
  });
}
