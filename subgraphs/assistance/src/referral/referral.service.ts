import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  BadUserInputError,
  ForbiddenError,
  IllegalTransitionError,
  NotFoundError,
  ReferralIssued,
  ReferralStatusChanged,
  createEvent,
  enqueueEvent,
} from '@xinfang/kit';
import type { Identity } from '@xinfang/kit';
import { AssistanceCase } from '../assistance-case/assistance-case.entity';
import { assertCanReadCasesOf } from '../assistance-case/assistance-access';
import { SERVICE } from '../service-name';
import type { IssueReferralInput } from './issue-referral.input';
import { Referral } from './referral.entity';
import type { ReferralAction, ReferralStatus } from './referral-status';
import { REFERRAL_STEPS } from './referral-status';

/** Who takes a step on a referral: a user of an agency, through the API or a partner's own system. */
export interface ReferralActor {
  agencyId: string;
  userId: string;
}

/** Issues a referral and queues ReferralIssued in the same transaction. */
export async function issueReferral(em: EntityManager, input: IssueReferralInput, caller: Identity, traceparent?: string): Promise<Referral> {
  const assistanceCase = await em.findOne(AssistanceCase, { id: input.assistanceCaseId });
  if (!assistanceCase) throw new NotFoundError('Assistance case', input.assistanceCaseId);
  assertCanReadCasesOf(caller, assistanceCase.handlingAgencyId);
  if (input.partnerAgencyId === caller.agencyId) {
    throw new BadUserInputError('A referral goes to another agency', { field: 'partnerAgencyId' });
  }
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
  const event = createEvent(ReferralIssued, referral.id, {
    referralId: referral.id,
    assistanceCaseId: referral.assistanceCaseId,
    petitionId: referral.petitionId,
    partnerAgencyId: referral.partnerAgencyId,
    issuingAgencyId: referral.issuingAgencyId,
    helpNeeded: referral.helpNeeded,
    summary: referral.summary,
    urgent: referral.urgent,
  }, { service: SERVICE, agencyId: caller.agencyId, traceparent });
  enqueueEvent(em, ReferralIssued, event);
  await em.flush();
  return referral;
}

/**
 * Takes one step on a referral if the state machine and the actor's side allow it, and
 * queues ReferralStatusChanged with it.
 */
export async function applyReferralAction(
  em: EntityManager,
  referralId: string,
  action: ReferralAction,
  note: string | null,
  actor: ReferralActor,
  traceparent?: string,
): Promise<Referral> {
  const referral = await em.findOne(Referral, { id: referralId });
  if (!referral) throw new NotFoundError('Referral', referralId);
  const step = REFERRAL_STEPS[action];
  const sideAgency = step.by === 'PARTNER' ? referral.partnerAgencyId : referral.issuingAgencyId;
  if (actor.agencyId !== sideAgency) {
    throw new ForbiddenError(`Only the ${step.by === 'PARTNER' ? 'partner agency' : 'issuing agency'} may ${action.toLowerCase()} this referral`);
  }
  if (!step.from.includes(referral.status)) {
    throw new IllegalTransitionError('referral', referral.status, action.toLowerCase());
  }
  if (step.needsNote && !note?.trim()) {
    throw new BadUserInputError(`A note is required to ${action.toLowerCase()} a referral`, { field: 'note' });
  }
  const previousStatus: ReferralStatus = referral.status;
  referral.status = step.to;
  referral.statusNote = note?.trim() || referral.statusNote;
  referral.updatedAt = new Date();
  const event = createEvent(ReferralStatusChanged, referral.id, {
    referralId: referral.id,
    assistanceCaseId: referral.assistanceCaseId,
    petitionId: referral.petitionId,
    partnerAgencyId: referral.partnerAgencyId,
    status: referral.status,
    previousStatus,
    note: note?.trim() || null,
  }, { service: SERVICE, agencyId: actor.agencyId, traceparent });
  enqueueEvent(em, ReferralStatusChanged, event);
  await em.flush();
  return referral;
}
