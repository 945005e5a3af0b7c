import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { BadUserInputError, ForbiddenError, NotFoundError, ReferralIssued, actorFromIdentity, beginWorkflow, requireActiveAgency, stepEvent } from '@xinfang/kit';
import type { Identity } from '@xinfang/kit';
import { AssistanceCase } from '../assistance-case/assistance-case.entity';
import { CASE_OF_ANOTHER_AGENCY } from '../assistance-case/assistance-case-access';
import type { IssueReferralInput } from './issue-referral.input';
import { Referral } from './referral.entity';
import { REFERRAL_WORKFLOW } from './referral-workflow';
import { startHandoverDeadline } from './referral-deadlines';

/**
 * Issues a referral: saved with its first history entry (ISSUE), its hand-over clock (the
 * partner's 5 working days) and ReferralIssued in the same transaction. Later steps go through
 * the kit's `takeStep` with REFERRAL_WORKFLOW.
 */
export async function issueReferral(em: EntityManager, input: IssueReferralInput, caller: Identity, traceparent?: string): Promise<Referral> {
  const assistanceCase = await em.findOne(AssistanceCase, { id: input.assistanceCaseId });
  if (!assistanceCase) throw new NotFoundError('Assistance case', input.assistanceCaseId);
  // Reading reaches further (superior procuratorates, supervisors); referring a case is an
  // act of the procuratorate handling it, which the referral names as its issuer.
  if (assistanceCase.handlingAgencyId !== caller.agencyId) throw new ForbiddenError(CASE_OF_ANOTHER_AGENCY);
  if (input.partnerAgencyId === caller.agencyId) {
    throw new BadUserInputError('A referral goes to another agency', { field: 'partnerAgencyId' });
  }
  await requireActiveAgency(em, input.partnerAgencyId, 'partnerAgencyId');
  const referral = em.create(Referral, {
    id: randomUUID(),
    assistanceCaseId: assistanceCase.id,
    petitionId: assistanceCase.petitionId,
    partnerAgencyId: input.partnerAgencyId,
    issuingAgencyId: caller.agencyId,
    helpNeeded: input.helpNeeded,
    summary: input.summary,
    urgent: input.urgent,
    dataSharingBasis: input.dataSharingBasis,
    issuedBy: caller.userId,
    issuedAt: new Date(),
  });
  const event = stepEvent(ReferralIssued, {
    referralId: referral.id,
    assistanceCaseId: referral.assistanceCaseId,
    petitionId: referral.petitionId,
    partnerAgencyId: referral.partnerAgencyId,
    issuingAgencyId: referral.issuingAgencyId,
    helpNeeded: referral.helpNeeded,
    summary: referral.summary,
    urgent: referral.urgent,
  });
  await startHandoverDeadline(em, referral);
  return beginWorkflow(em, REFERRAL_WORKFLOW, referral, { action: 'ISSUE', actor: actorFromIdentity(caller), event, traceparent });
}
