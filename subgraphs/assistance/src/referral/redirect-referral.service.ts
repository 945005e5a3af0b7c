import type { EntityManager } from '@mikro-orm/postgresql';
import { BadUserInputError, IllegalTransitionError, NotFoundError, actorFromIdentity, takeStep } from '@xinfang/kit';
import type { Identity } from '@xinfang/kit';
import { DataSharingBasis, HELP_NEEDING_ID_NUMBER, SharedDataItem } from './referral-kind';
import type { IssueReferralInput } from './issue-referral.input';
import type { RedirectReferralInput } from './redirect-referral.input';
import { openReferralField } from './referral-protection';
import { Referral } from './referral.entity';
import { issueReferral } from './referral.service';
import { ReferralAction, ReferralStatus } from './referral-status';
import { REFERRAL_WORKFLOW } from './referral-workflow';
import { assertPartnerBoundText, sharedItemsOf } from './data-sharing';

/**
 * Redirects a declined referral (改转): a new referral of the same case to another partner,
 * linked to the declined one, which becomes REDIRECTED; both histories record it, in one
 * transaction. Consent is given for sharing with one partner, so a new partner needs the
 * person's consent again (or a legal ground); a legal ground carries over. The new referral
 * passes every check a first one does, and carries on only the personal data its basis covers.
 */
export async function redirectReferral(em: EntityManager, id: string, input: RedirectReferralInput, caller: Identity, options: { expectedVersion?: number | null; traceparent?: string; at?: Date } = {}): Promise<Referral> {
  return em.transactional(async (tx) => {
    const declined = await tx.findOne(Referral, { id });
    if (!declined) throw new NotFoundError('Referral', id);
    if (declined.status !== ReferralStatus.DECLINED) throw new IllegalTransitionError('referral', declined.status, 'redirect');
    if (input.partnerAgencyId === declined.partnerAgencyId) throw new BadUserInputError('A declined referral is redirected to another partner agency', { field: 'partnerAgencyId' });
    const next = await issueReferral(tx as EntityManager, nextReferralInput(declined, input), caller, {
      redirectedFromId: declined.id,
      note: input.note ?? `Redirected after ${declined.partnerAgencyId} declined: ${declined.statusNote ?? 'no reason given'}`,
      traceparent: options.traceparent,
      at: options.at,
    });
    await takeStep(tx as EntityManager, REFERRAL_WORKFLOW, {
      id: declined.id, action: ReferralAction.REDIRECT, actor: actorFromIdentity(caller), note: input.note, expectedVersion: options.expectedVersion,
      fields: { redirectedToId: next.id }, traceparent: options.traceparent, at: options.at,
    });
    return next;
  });
}

/** The new referral: the declined one's case, person and help unless changed, on the basis given now. */
function nextReferralInput(declined: Referral, input: RedirectReferralInput): IssueReferralInput {
  const legalGround = input.legalGround ?? (declined.dataSharingBasis === DataSharingBasis.LEGAL_GROUND && !input.consent && declined.legalGround
    ? { ground: declined.legalGround, citation: declined.legalGroundCitation ?? '' } : null);
  if (!input.consent && !legalGround) {
    throw new BadUserInputError('The person consented to sharing with the agency that declined; record their consent for the new partner, or a legal ground', { field: 'consent' });
  }
  const helpNeeded = input.helpNeeded ?? declined.helpNeeded;
  const shared = sharedItemsOf({ consentCovers: input.consent?.covers ?? null });
  // The note goes into the new referral's history, which its partner reads.
  assertPartnerBoundText(input.note, 'note', shared);
  return {
    assistanceCaseId: declined.assistanceCaseId,
    partnerAgencyId: input.partnerAgencyId,
    helpNeeded,
    summary: input.summary ?? declined.summary,
    urgent: declined.urgent,
    consent: input.consent ?? null,
    legalGround,
    personName: declined.personName,
    contactPhone: shared.includes(SharedDataItem.CONTACT) ? openReferralField(declined, 'contactPhone') : null,
    idNumber: shared.includes(SharedDataItem.ID_NUMBER) && HELP_NEEDING_ID_NUMBER.includes(helpNeeded) ? openReferralField(declined, 'idNumber') : null,
    issuedAt: null,
  };
}
