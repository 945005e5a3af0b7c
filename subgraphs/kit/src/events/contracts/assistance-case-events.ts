import { z } from 'zod';
import { defineEvent } from '../contract';
import { Topics } from './topics';

const caseData = {
  assistanceCaseId: z.uuid(),
  petitionId: z.uuid(),
  handlingAgencyId: z.string().describe('The procuratorate handling the case.'),
  jointAgencyId: z.string().nullable().describe('In joint assistance (联合救助), the upper or lower procuratorate sharing the case.'),
  priorityGroup: z.string(),
};

/**
 * A judicial-assistance case (司法救助) was opened: proposed by the platform for a petition
 * asking for it or a petitioner with a vulnerability flag, or opened by a handler. No
 * applicant's name or personal data: who is helped is read through the API by who may.
 */
export const AssistanceCaseOpened = defineEvent({
  type: 'AssistanceCaseOpened',
  version: 1,
  topic: Topics.assistanceCases,
  description: 'A judicial-assistance case was opened for a petition; the 10-working-day decision clock starts.',
  data: z.object({
    ...caseData,
    origin: z.string().describe('PETITION_CATEGORY, VULNERABILITY or HANDLER.'),
    requestedAmountFen: z.number().int().min(0).nullable(),
  }),
});

/**
 * A case took a step of its approval or payment (proposed, reviewed, approved, refused, paid,
 * closed, ...). Amounts are integer fen (1 yuan = 100 fen).
 */
export const AssistanceCaseStepTaken = defineEvent({
  type: 'AssistanceCaseStepTaken',
  version: 1,
  topic: Topics.assistanceCases,
  description: 'A judicial-assistance case took a step; status is where it stands after it, amounts in fen.',
  data: z.object({
    ...caseData,
    action: z.string().describe('PROPOSE, REVIEW, APPROVE, REFUSE, INVITE_JOINT, APPROVE_JOINT_SHARE, PAY, PAY_JOINT_SHARE, PAY_URGENTLY, CLOSE, WITHDRAW'),
    status: z.string(),
    previousStatus: z.string(),
    approvedAmountFen: z.number().int().min(0).describe('Approved so far, every share together.'),
    paidAmountFen: z.number().int().min(0).describe('Paid so far, every share together.'),
    paperworkPending: z.boolean().describe('Urgent help was paid first and the approval is still to be completed.'),
  }),
});
