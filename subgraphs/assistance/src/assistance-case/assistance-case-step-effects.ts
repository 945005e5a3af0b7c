import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { BadUserInputError, DirectoryAgency, IllegalTransitionError, requireActiveAgency } from '@xinfang/kit';
import type { StepChange } from '@xinfang/kit';
import { assistanceConfig } from './assistance-config';
import { isPaidInFull, paidByFen, shareOf, yuan } from './assistance-amounts';
import type { AssistanceCase } from './assistance-case.entity';
import { settleDecisionDeadline } from './assistance-case-deadlines';
import type { AssistanceCaseAction} from './assistance-case-status';
import { AssistanceCaseStatus } from './assistance-case-status';
import { ApplicantRelation, AssistanceGrounds, DecisionMaker, PaymentMethod, PriorityGroup } from './assistance-kind';
import { AssistancePayment } from './assistance-payment.entity';

type Change = StepChange<AssistanceCaseAction, AssistanceCaseStatus>;

/**
 * What each step of a case writes besides its status, in the step's transaction: the
 * application, the amounts and who decided, the payments, the decision clock; and the checks
 * only the database can answer (what was paid so far, the directory's hierarchy).
 */
type Effect = (em: EntityManager, assistanceCase: AssistanceCase, change: Change) => Promise<void>;

export const STEP_EFFECTS: Partial<Record<AssistanceCaseAction, Effect>> = {
  async PROPOSE(_em, assistanceCase, change) {
    Object.assign(assistanceCase, applicationIn(change.fields));
    const missing = (['applicantName', 'applicantRelation', 'grounds', 'hardship', 'requestedAmountFen'] as const).find((field) => assistanceCase[field] === null);
    if (missing) throw new BadUserInputError(`The application needs ${missing} before the case is proposed`, { field: `application.${missing}` });
  },

  async APPROVE(em, assistanceCase, change) {
    const amount = amountIn(change.fields, 'approvedAmountFen');
    const payments = await paymentsOf(em, assistanceCase);
    assertWithinCap(amount + (assistanceCase.jointShareFen ?? 0), 'approvedAmountFen');
    const paidUrgently = paidByFen(payments, assistanceCase.handlingAgencyId);
    if (amount < paidUrgently) throw new BadUserInputError(`Urgent help of ${yuan(paidUrgently)} was already paid: approve at least that`, { field: 'approvedAmountFen' });
    Object.assign(assistanceCase, { approvedAmountFen: amount, decidedBy: decisionMakerIn(change.fields), decidedAt: change.at, paperworkPending: false });
    await settleDecisionDeadline(em, assistanceCase, 'DECIDED', change.at);
    settlePayment(assistanceCase, change.at);
  },

  async REFUSE(em, assistanceCase, change) {
    const paid = paidByFen(await paymentsOf(em, assistanceCase));
    if (paid > 0) throw new BadUserInputError(`Urgent help of ${yuan(paid)} was already paid: the case is approved for at least that, not refused`, { field: 'id' });
    Object.assign(assistanceCase, { decidedBy: decisionMakerIn(change.fields), decidedAt: change.at });
    await settleDecisionDeadline(em, assistanceCase, 'DECIDED', change.at);
  },

  async INVITE_JOINT(em, assistanceCase, change) {
    if (assistanceCase.jointAgencyId) throw new IllegalTransitionError('assistance case', 'already shared', 'ask another procuratorate to share it');
    const jointAgencyId = String(change.fields.jointAgencyId);
    if (jointAgencyId === assistanceCase.handlingAgencyId) throw new BadUserInputError('Joint assistance is shared with another procuratorate', { field: 'jointAgencyId' });
    const joint = await requireActiveAgency(em, jointAgencyId, 'jointAgencyId');
    const handling = await em.findOne(DirectoryAgency, { id: assistanceCase.handlingAgencyId });
    if (joint.type !== 'PROCURATORATE' || (joint.parentId !== assistanceCase.handlingAgencyId && handling?.parentId !== joint.id)) {
      throw new BadUserInputError('Joint assistance (联合救助) is shared with the procuratorate directly above or below the handling one', { field: 'jointAgencyId' });
    }
    assistanceCase.jointAgencyId = joint.id;
  },

  async APPROVE_JOINT_SHARE(_em, assistanceCase, change) {
    if (assistanceCase.jointShareFen !== null) throw new IllegalTransitionError('joint share', 'already approved', 'approve it again');
    const amount = amountIn(change.fields, 'approvedAmountFen');
    assertWithinCap(amount + (assistanceCase.approvedAmountFen ?? 0), 'approvedAmountFen');
    decisionMakerIn(change.fields);
    assistanceCase.jointShareFen = amount;
  },

  PAY: (em, assistanceCase, change) => pay(em, assistanceCase, change, assistanceCase.handlingAgencyId),

  PAY_JOINT_SHARE: (em, assistanceCase, change) => pay(em, assistanceCase, change, assistanceCase.jointAgencyId ?? ''),

  async PAY_URGENTLY(em, assistanceCase, change) {
    const amount = amountIn(change.fields, 'amountFen');
    const paid = paidByFen(await paymentsOf(em, assistanceCase));
    const limit = Math.min(assistanceCase.requestedAmountFen ?? Infinity, assistanceConfig().capFen);
    if (paid + amount > limit) throw new BadUserInputError(`Urgent help may not exceed ${yuan(limit)}, what was requested or the cap; ${yuan(paid)} was already paid`, { field: 'amountFen' });
    recordPayment(em, assistanceCase, change, assistanceCase.handlingAgencyId, amount, true);
    assistanceCase.paperworkPending = true;
  },

  async CLOSE(_em, assistanceCase, change) {
    assistanceCase.summary = change.note;
  },

  async WITHDRAW(em, assistanceCase, change) {
    const paid = paidByFen(await paymentsOf(em, assistanceCase));
    if (paid > 0) throw new BadUserInputError(`Urgent help of ${yuan(paid)} was already paid: the case must be decided`, { field: 'id' });
    await settleDecisionDeadline(em, assistanceCase, 'WITHDRAWN', change.at);
  },
};

/** A disbursement of one agency's share: never more in total than that share; the last one pays the case. */
async function pay(em: EntityManager, assistanceCase: AssistanceCase, change: Change, agencyId: string): Promise<void> {
  const amount = amountIn(change.fields, 'amountFen');
  const share = shareOf(assistanceCase, agencyId);
  if (share === null) throw new IllegalTransitionError('share of this procuratorate', 'not approved yet', 'pay it');
  const paidSoFar = paidByFen(await paymentsOf(em, assistanceCase), agencyId);
  if (paidSoFar + amount > share) {
    throw new BadUserInputError(`Paying ${yuan(amount)} would bring the payments to ${yuan(paidSoFar + amount)}, more than the ${yuan(share)} approved`, { field: 'amountFen' });
  }
  recordPayment(em, assistanceCase, change, agencyId, amount, false);
  settlePayment(assistanceCase, change.at);
}

function recordPayment(em: EntityManager, assistanceCase: AssistanceCase, change: Change, agencyId: string, amountFen: number, urgent: boolean): void {
  const method = change.fields.method as PaymentMethod;
  if (!Object.values(PaymentMethod).includes(method)) throw new BadUserInputError('Unknown payment method', { field: 'method' });
  const paidAt = change.fields.paidAt instanceof Date ? change.fields.paidAt : change.at;
  if (paidAt.getTime() > change.at.getTime() + 60_000) throw new BadUserInputError('A payment is recorded once made: paidAt is in the future', { field: 'paidAt' });
  em.persist(em.create(AssistancePayment, {
    id: randomUUID(),
    assistanceCaseId: assistanceCase.id,
    agencyId,
    amountFen,
    paidAt,
    method,
    receiptReference: String(change.fields.receiptReference).trim(),
    urgent,
    recordedBy: change.actor.userId,
    recordedAt: change.at,
  }));
  assistanceCase.paidAmountFen += amountFen;
}

/** Paid in full: the case moves on to PAID (the step's `then`). */
function settlePayment(assistanceCase: AssistanceCase, at: Date): void {
  if (!isPaidInFull(assistanceCase, assistanceCase.paidAmountFen)) return;
  assistanceCase.status = AssistanceCaseStatus.PAID;
  assistanceCase.paidAt = at;
}

function paymentsOf(em: EntityManager, assistanceCase: AssistanceCase): Promise<AssistancePayment[]> {
  return em.find(AssistancePayment, { assistanceCaseId: assistanceCase.id });
}

function amountIn(fields: Readonly<Record<string, unknown>>, field: string): number {
  const amount = fields[field];
  if (typeof amount !== 'number' || !Number.isInteger(amount) || amount < 1) throw new BadUserInputError(`${field} must be a whole number of fen, at least 1`, { field });
  return amount;
}

function assertWithinCap(totalFen: number, field: string): void {
  const { capFen } = assistanceConfig();
  if (totalFen > capFen) throw new BadUserInputError(`The case would be approved ${yuan(totalFen)} in all, over the cap of ${yuan(capFen)}`, { field });
}

function decisionMakerIn(fields: Readonly<Record<string, unknown>>): DecisionMaker {
  const decidedBy = fields.decidedBy as DecisionMaker;
  if (!Object.values(DecisionMaker).includes(decidedBy)) throw new BadUserInputError('decidedBy must be the procurator-general or the procuratorial committee', { field: 'decidedBy' });
  return decidedBy;
}

/** The application's fields a step was given, checked against their kinds; absent ones are left as they are. */
function applicationIn(fields: Readonly<Record<string, unknown>>): Partial<AssistanceCase> {
  const application: Partial<AssistanceCase> = {};
  const given = (name: string) => fields[name] !== undefined && fields[name] !== null;
  if (given('applicantName')) application.applicantName = String(fields.applicantName).trim();
  if (given('applicantRelation')) application.applicantRelation = oneOf(ApplicantRelation, fields.applicantRelation, 'applicantRelation');
  if (given('grounds')) application.grounds = oneOf(AssistanceGrounds, fields.grounds, 'grounds');
  if (given('priorityGroup')) application.priorityGroup = oneOf(PriorityGroup, fields.priorityGroup, 'priorityGroup');
  if (given('hardship')) application.hardship = String(fields.hardship).trim();
  if (given('requestedAmountFen')) {
    const requested = fields.requestedAmountFen;
    if (typeof requested !== 'number' || !Number.isInteger(requested) || requested < 0) throw new BadUserInputError('requestedAmountFen must be a whole number of fen', { field: 'application.requestedAmountFen' });
    application.requestedAmountFen = requested;
  }
  return application;
}

function oneOf<E extends Record<string, string>>(kind: E, value: unknown, field: string): E[keyof E] {
  if (!Object.values(kind).includes(value as string)) throw new BadUserInputError(`Unknown ${field}`, { field: `application.${field}` });
  return value as E[keyof E];
}
