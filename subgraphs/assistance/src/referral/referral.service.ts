import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { BadUserInputError, ForbiddenError, NotFoundError, actorFromIdentity, beginWorkflow, phoneProblem, requireActiveAgency } from '@xinfang/kit';
import type { Identity } from '@xinfang/kit';
import { AssistanceCase } from '../assistance-case/assistance-case.entity';
import { CASE_OF_ANOTHER_AGENCY } from '../assistance-case/assistance-case-access';
import { assertIdNumberMayBeShared, assertPartnerBoundText, assertSharingBasis, sharedItemsOf } from './data-sharing';
import type { IssueReferralInput } from './issue-referral.input';
import { referralIssuedEvent } from './referral-announcement';
import { DataSharingBasis, SharedDataItem } from './referral-kind';
import { sealReferralField } from './referral-protection';
import { Referral } from './referral.entity';
import { REFERRAL_WORKFLOW } from './referral-workflow';
import { startHandoverDeadline } from './referral-deadlines';

const DAY = 24 * 3600_000;
/** How far back a referral made on paper may be entered. */
const PAPER_REFERRAL_DAYS = 30;

export interface IssueOptions {
  /** The declined referral this one redirects (a link both ways; the chain). */
  redirectedFromId?: string;
  /** For the ISSUE history entry, e.g. why it was redirected. */
  note?: string;
  traceparent?: string;
  /** When it was issued, for records entered after the fact (demo data); the input's `issuedAt` bounds do not apply. */
  at?: Date;
}

/**
 * Issues a referral: saved with its first history entry (ISSUE), its hand-over clock (the
 * partner's 5 working days) and ReferralIssued on the partner's topic in the same
 * transaction. Nothing is written when the sharing basis, the personal data or the summary
 * fails its checks. Later steps go through the kit's `takeStep` with REFERRAL_WORKFLOW.
 */
export async function issueReferral(em: EntityManager, input: IssueReferralInput, caller: Identity, options: IssueOptions = {}): Promise<Referral> {
  const assistanceCase = await em.findOne(AssistanceCase, { id: input.assistanceCaseId });
  if (!assistanceCase) throw new NotFoundError('Assistance case', input.assistanceCaseId);
  // Reading reaches further (superior procuratorates, supervisors); referring a case is an
  // act of the procuratorate handling it, which the referral names as its issuer.
  if (assistanceCase.handlingAgencyId !== caller.agencyId) throw new ForbiddenError(CASE_OF_ANOTHER_AGENCY);
  if (input.partnerAgencyId === caller.agencyId) {
    throw new BadUserInputError('A referral goes to another agency', { field: 'partnerAgencyId' });
  }
  await requireActiveAgency(em, input.partnerAgencyId, 'partnerAgencyId');
  const issuedAt = options.at ?? issuedAtOf(input.issuedAt);
  assertSharingBasis(input.consent, input.legalGround, issuedAt);
  const shared = sharedItemsOf({ consentCovers: input.consent?.covers ?? null });
  assertPersonalData(input, shared);
  const id = randomUUID();
  const referral = em.create(Referral, {
    id,
    assistanceCaseId: assistanceCase.id,
    petitionId: assistanceCase.petitionId,
    partnerAgencyId: input.partnerAgencyId,
    issuingAgencyId: caller.agencyId,
    helpNeeded: input.helpNeeded,
    summary: input.summary,
    urgent: input.urgent,
    dataSharingBasis: input.consent ? DataSharingBasis.CONSENT : DataSharingBasis.LEGAL_GROUND,
    personName: input.personName?.trim() || assistanceCase.applicantName,
    ...sealReferralField(id, 'contactPhone', input.contactPhone),
    ...sealReferralField(id, 'idNumber', input.idNumber),
    consentGivenBy: input.consent?.givenBy ?? null,
    ...sealReferralField(id, 'consentGiverName', input.consent?.giverName),
    consentGivenAt: input.consent?.givenAt ?? null,
    consentCovers: input.consent ? [...new Set(input.consent.covers)] : null,
    consentForm: input.consent?.form ?? null,
    legalGround: input.legalGround?.ground ?? null,
    legalGroundCitation: input.legalGround?.citation.trim() ?? null,
    redirectedFromId: options.redirectedFromId ?? null,
    issuedBy: caller.userId,
    issuedAt,
    updatedAt: issuedAt,
  });
  const clock = await startHandoverDeadline(em, referral);
  const event = referralIssuedEvent(referral, clock.dueAt);
  return beginWorkflow(em, REFERRAL_WORKFLOW, referral, { action: 'ISSUE', actor: actorFromIdentity(caller), note: options.note, event, traceparent: options.traceparent, at: issuedAt });
}

/** Now, or when a paper referral was really handed over: not in the future, at most 30 days back. */
function issuedAtOf(given: Date | null | undefined, now = new Date()): Date {
  if (!given) return now;
  if (given.getTime() > now.getTime()) throw new BadUserInputError('A referral cannot be issued in the future', { field: 'issuedAt' });
  if (now.getTime() - given.getTime() > PAPER_REFERRAL_DAYS * DAY) {
    throw new BadUserInputError(`A referral made on paper is entered within ${PAPER_REFERRAL_DAYS} days`, { field: 'issuedAt' });
  }
  return given;
}

/** Only what the basis covers is kept at all: a contact or ID number it does not cover is refused, as is one hidden in the summary. */
function assertPersonalData(input: IssueReferralInput, shared: readonly SharedDataItem[]): void {
  if (input.contactPhone) {
    const problem = phoneProblem(input.contactPhone);
    if (problem) throw new BadUserInputError(`Not a phone number: ${problem}`, { field: 'contactPhone' });
    if (!shared.includes(SharedDataItem.CONTACT)) throw new BadUserInputError('The consent does not cover sharing a contact', { field: 'contactPhone' });
  }
  if (input.idNumber) assertIdNumberMayBeShared(input.idNumber, input.helpNeeded, shared);
  assertPartnerBoundText(input.summary, 'summary', shared);
}
