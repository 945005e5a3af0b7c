import { PetitionRiskWarningRaised, PetitionStatusChanged, PetitionTransferred, stepEvent } from '@xinfang/kit';
import type { StepChange, WorkflowDefinition } from '@xinfang/kit';
import { SERVICE } from '../service-name';
import { Petition } from './petition.entity';
import type { PetitionStatus } from './petition-kind';
import { PETITION_SUBJECT } from './petition-deadlines';
import { STEP_EFFECTS, reviewingAgencyOf } from './petition-step-effects';
import { PETITION_STEPS, PetitionAction } from './petition-status';
import type { PetitionSide } from './petition-status';
import { petitionWork } from './petition-access';

type Change = StepChange<PetitionAction, PetitionStatus>;

/**
 * A petition's handling as the kit runs it: the handling agency decides, assigns and answers;
 * the receiving agency tells the petitioner. Every step meets or starts its clocks in the
 * same flush as its history entry and its PetitionStatusChanged.
 */
export const PETITION_WORKFLOW: WorkflowDefinition<Petition, PetitionAction, PetitionStatus, PetitionSide> = {
  aggregateType: PETITION_SUBJECT,
  noun: 'petition',
  entity: Petition,
  service: SERVICE,
  steps: PETITION_STEPS,
  sides: {
    HANDLING: { label: 'handling agency', agencyOf: (petition) => petition.handlingAgencyId },
    RECEIVING: { label: 'receiving agency', agencyOf: (petition) => petition.receivingAgencyId },
    REVIEWING: { label: 'reviewing agency (the handling agency\'s superior)', agencyOf: reviewingAgencyOf },
    RE_REVIEWING: { label: 're-reviewing agency (the reviewing agency\'s superior)', agencyOf: (petition) => petition.reReviewingAgencyId ?? reviewingAgencyOf(petition) },
    SENDER: { label: 'agency that transferred it', agencyOf: (petition) => petition.transferredFromAgencyId ?? petition.receivingAgencyId },
    ARBITER: { label: 'agency deciding the dispute (the common superior, or the joint conference)', agencyOf: (petition) => petition.arbiterAgencyId ?? petition.handlingAgencyId },
  },
  effects: (em, petition, change) => STEP_EFFECTS[change.action]?.(em, petition, change) ?? Promise.resolve(),
  worksOf: (petition) => petitionWork(petition),
  event: (petition, change) => [stepEvent(PetitionStatusChanged, {
    petitionId: petition.id,
    action: change.action,
    status: change.to,
    previousStatus: change.from ?? change.to,
    receivingAgencyId: petition.receivingAgencyId,
    handlingAgencyId: petition.handlingAgencyId,
    handlerStaffId: petition.handlerStaffId,
    substantivelyResolved: petition.substantivelyResolved,
  }), ...transferredTo(petition, change), ...riskWarning(petition, change)],
};

/** A high-risk assessment also raises its warning. */
function riskWarning(petition: Petition, change: Change) {
  if (change.action !== PetitionAction.ASSESS_RISK || change.fields.level !== 'HIGH') return [];
  return [stepEvent(PetitionRiskWarningRaised, {
    petitionId: petition.id, agencyId: petition.handlingAgencyId, decision: String(change.fields.decision), assessedBy: change.actor.userId,
  })];
}

/** A transfer is also told to the agency it goes to, on its own topic. */
function transferredTo(petition: Petition, change: Change) {
  if (change.action !== PetitionAction.TRANSFER) return [];
  return [stepEvent(PetitionTransferred, {
    petitionId: petition.id,
    trackingNumber: petition.trackingNumber,
    fromAgencyId: change.actor.agencyId,
    toAgencyId: petition.handlingAgencyId,
    receivingAgencyId: petition.receivingAgencyId,
    channel: petition.channel,
    category: petition.category,
    receivedAt: petition.receivedAt.toISOString(),
  })];
}
