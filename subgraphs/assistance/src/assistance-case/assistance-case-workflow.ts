import { AssistanceCaseStepTaken, stepEvent } from '@xinfang/kit';
import type { WorkflowDefinition } from '@xinfang/kit';
import { SERVICE } from '../service-name';
import { totalApprovedFen } from './assistance-amounts';
import { AssistanceCase } from './assistance-case.entity';
import { ASSISTANCE_CASE_SUBJECT } from './assistance-case-deadlines';
import { STEP_EFFECTS } from './assistance-case-step-effects';
import { ASSISTANCE_CASE_STEPS } from './assistance-case-status';
import type { AssistanceCaseAction, AssistanceCaseSide, AssistanceCaseStatus } from './assistance-case-status';
import { caseWork } from './assistance-case-access';

/**
 * A case's approval and payment as the kit runs them: the handling procuratorate proposes,
 * reviews, decides and pays; in joint assistance the upper or lower procuratorate approves and
 * pays its own share. Every step writes its amounts, payments and clock in the same flush as
 * its history entry and its AssistanceCaseStepTaken on `assistance.cases.v1`.
 */
export const ASSISTANCE_CASE_WORKFLOW: WorkflowDefinition<AssistanceCase, AssistanceCaseAction, AssistanceCaseStatus, AssistanceCaseSide> = {
  aggregateType: ASSISTANCE_CASE_SUBJECT,
  noun: 'assistance case',
  entity: AssistanceCase,
  service: SERVICE,
  steps: ASSISTANCE_CASE_STEPS,
  sides: {
    HANDLING: { label: 'handling procuratorate', agencyOf: (assistanceCase) => assistanceCase.handlingAgencyId },
    // No joint procuratorate yet: nobody is on that side.
    JOINT: { label: 'joint procuratorate (联合救助)', agencyOf: (assistanceCase) => assistanceCase.jointAgencyId ?? '' },
  },
  effects: (em, assistanceCase, change) => STEP_EFFECTS[change.action]?.(em, assistanceCase, change) ?? Promise.resolve(),
  worksOf: (assistanceCase) => caseWork(assistanceCase),
  event: (assistanceCase, change) => stepEvent(AssistanceCaseStepTaken, {
    ...caseEventData(assistanceCase),
    action: change.action,
    status: change.to,
    previousStatus: change.from ?? change.to,
    approvedAmountFen: totalApprovedFen(assistanceCase),
    paidAmountFen: assistanceCase.paidAmountFen,
    paperworkPending: assistanceCase.paperworkPending,
  }),
};

/** What every event of a case says about it: which case, which petition, which procuratorates; no personal data. */
export function caseEventData(assistanceCase: AssistanceCase) {
  return {
    assistanceCaseId: assistanceCase.id,
    petitionId: assistanceCase.petitionId,
    handlingAgencyId: assistanceCase.handlingAgencyId,
    jointAgencyId: assistanceCase.jointAgencyId,
    priorityGroup: assistanceCase.priorityGroup,
  };
}
