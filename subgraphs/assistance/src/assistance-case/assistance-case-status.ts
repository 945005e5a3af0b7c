import { registerEnumType } from 'type-graphql';
import { Role } from '@xinfang/kit';
import type { StepTable } from '@xinfang/kit';

/**
 * Where a case stands: opened → proposed by the handler → reviewed by the department head →
 * approved with an amount or refused by the procurator-general or the procuratorial committee
 * → paid in one or more disbursements → closed with a summary; or withdrawn before a decision.
 */
export enum AssistanceCaseStatus {
  /** Opened by a handler, or proposed by the platform from a petition; the application is being prepared. */
  OPEN = 'OPEN',
  /** The handler proposes assistance (审查意见), with the application complete. */
  PROPOSED = 'PROPOSED',
  /** The department head has reviewed it (部门负责人审核). */
  REVIEWED = 'REVIEWED',
  /** Approved with an amount (检察长 / 检察委员会决定). */
  APPROVED = 'APPROVED',
  /** Refused, with the reason. */
  REFUSED = 'REFUSED',
  /** Some of the approved amount is paid. */
  PARTLY_PAID = 'PARTLY_PAID',
  /** Every approved share is paid in full. */
  PAID = 'PAID',
  /** Closed with a summary. */
  CLOSED = 'CLOSED',
  /** Withdrawn before a decision (the applicant withdrew, or no grounds). */
  WITHDRAWN = 'WITHDRAWN',
}

/** The steps of a case, each recorded in its history with who and when. */
export enum AssistanceCaseAction {
  PROPOSE = 'PROPOSE',
  /** 部门负责人审核 */
  REVIEW = 'REVIEW',
  /** Sent back to the handler for more. */
  RETURN = 'RETURN',
  APPROVE = 'APPROVE',
  REFUSE = 'REFUSE',
  /** 联合救助: an upper or lower procuratorate is asked to share the case and its amount. */
  INVITE_JOINT = 'INVITE_JOINT',
  /** The joint procuratorate approves its own share. */
  APPROVE_JOINT_SHARE = 'APPROVE_JOINT_SHARE',
  /** A disbursement of the handling procuratorate's share. */
  PAY = 'PAY',
  /** A disbursement of the joint procuratorate's share. */
  PAY_JOINT_SHARE = 'PAY_JOINT_SHARE',
  /** 先行救助: urgent help paid before the decision; the paperwork is completed by the approval. */
  PAY_URGENTLY = 'PAY_URGENTLY',
  CLOSE = 'CLOSE',
  WITHDRAW = 'WITHDRAW',
}

/** The procuratorate handling the case, and the upper or lower one sharing it in joint assistance. */
export type AssistanceCaseSide = 'HANDLING' | 'JOINT';

const HANDLERS = [Role.HANDLER, Role.DEPARTMENT_HEAD, Role.LEADER];
/** County procuratorates have no department heads: their chief procurator reviews. */
const REVIEWERS = [Role.DEPARTMENT_HEAD, Role.LEADER];
/** The procurator-general, or the procuratorial committee through its chair. */
const DECIDERS = [Role.LEADER];
const BEFORE_DECISION = [AssistanceCaseStatus.OPEN, AssistanceCaseStatus.PROPOSED, AssistanceCaseStatus.REVIEWED];
const PAYABLE = [AssistanceCaseStatus.APPROVED, AssistanceCaseStatus.PARTLY_PAID];
const S = AssistanceCaseStatus;

/** Every step, who may take it and what it needs; the kit checks all of it before anything changes. */
export const ASSISTANCE_CASE_STEPS: StepTable<AssistanceCaseAction, AssistanceCaseStatus, AssistanceCaseSide> = {
  PROPOSE: { from: [S.OPEN], to: S.PROPOSED, by: 'HANDLING', roles: HANDLERS, needsNote: true, noteName: 'opinion', verb: 'propose' },
  REVIEW: { from: [S.PROPOSED], to: S.REVIEWED, by: 'HANDLING', roles: REVIEWERS, needsNote: true, noteName: 'opinion', verb: 'review' },
  RETURN: { from: [S.PROPOSED, S.REVIEWED], to: S.OPEN, by: 'HANDLING', roles: REVIEWERS, needsNote: true, noteName: 'reason', verb: 'return' },
  APPROVE: {
    from: [S.REVIEWED], to: S.APPROVED, then: [S.PAID], by: 'HANDLING', roles: DECIDERS,
    requires: ['approvedAmountFen', 'decidedBy'], verb: 'approve',
  },
  REFUSE: { from: [S.REVIEWED], to: S.REFUSED, by: 'HANDLING', roles: DECIDERS, needsNote: true, noteName: 'reason', requires: ['decidedBy'], verb: 'refuse' },
  INVITE_JOINT: {
    from: [...BEFORE_DECISION, S.APPROVED], by: 'HANDLING', roles: REVIEWERS, needsNote: true, noteName: 'reason',
    requires: ['jointAgencyId'], verb: 'ask another procuratorate to share',
  },
  APPROVE_JOINT_SHARE: {
    from: [S.REVIEWED, ...PAYABLE], by: 'JOINT', roles: DECIDERS, requires: ['approvedAmountFen', 'decidedBy'], verb: 'approve a share of',
  },
  PAY: { from: PAYABLE, to: S.PARTLY_PAID, then: [S.PAID], by: 'HANDLING', roles: HANDLERS, requires: ['amountFen', 'method', 'receiptReference'], verb: 'pay' },
  PAY_JOINT_SHARE: {
    from: PAYABLE, to: S.PARTLY_PAID, then: [S.PAID], by: 'JOINT', roles: HANDLERS, requires: ['amountFen', 'method', 'receiptReference'], verb: 'pay a share of',
  },
  PAY_URGENTLY: {
    from: BEFORE_DECISION, by: 'HANDLING', roles: REVIEWERS, needsNote: true, noteName: 'reason',
    requires: ['amountFen', 'method', 'receiptReference'], verb: 'pay urgent help on',
  },
  CLOSE: { from: [S.PAID, S.REFUSED], to: S.CLOSED, by: 'HANDLING', roles: HANDLERS, needsNote: true, noteName: 'summary', verb: 'close' },
  WITHDRAW: { from: BEFORE_DECISION, to: S.WITHDRAWN, by: 'HANDLING', roles: HANDLERS, needsNote: true, noteName: 'reason', verb: 'withdraw' },
};

registerEnumType(AssistanceCaseStatus, { name: 'AssistanceCaseStatus', description: 'Where an assistance case stands.' });
registerEnumType(AssistanceCaseAction, { name: 'AssistanceCaseAction', description: 'A step of an assistance case.' });
