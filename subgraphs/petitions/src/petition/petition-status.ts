import { registerEnumType } from 'type-graphql';
import { Role } from '@xinfang/kit';
import type { StepTable } from '@xinfang/kit';
import { PetitionStatus } from './petition-kind';

/** The steps of a petition's handling (信访办理), each recorded in its history. */
export enum PetitionAction {
  /** 受理 */
  ACCEPT = 'ACCEPT',
  /** 不予受理, with the reason */
  DECLINE = 'DECLINE',
  /** 转办 to the agency with jurisdiction */
  TRANSFER = 'TRANSFER',
  /** 交办 to a department and a named handler (首办责任人) */
  ASSIGN = 'ASSIGN',
  /** 程序性回复: the petitioner is told it was accepted, not accepted or transferred */
  SEND_PROCEDURAL_REPLY = 'SEND_PROCEDURAL_REPLY',
  /** 延期: the 60-day handling deadline extended once, approved, with the reason told */
  EXTEND_HANDLING = 'EXTEND_HANDLING',
  /** 办结: the answer, its legal basis, whether substantively resolved */
  RECORD_RESULT = 'RECORD_RESULT',
  CLOSE = 'CLOSE',
  /** Petitioned again on the same matter after closing */
  REOPEN = 'REOPEN',
  /** 请求复查: recorded by the superior agency, within 30 days of the answer */
  REQUEST_REVIEW = 'REQUEST_REVIEW',
  /** 复查意见 within 30 days of the request */
  ANSWER_REVIEW = 'ANSWER_REVIEW',
  /** 请求复核: recorded by the reviewer's superior, within 30 days of the review opinion */
  REQUEST_RE_REVIEW = 'REQUEST_RE_REVIEW',
  /** 复核意见 within 30 days: final */
  ANSWER_RE_REVIEW = 'ANSWER_RE_REVIEW',
  /** 院领导包案: a leader takes the petition as its package leader, with a plan and a target date */
  PACKAGE = 'PACKAGE',
  /** 涉检信访风险评估 before a petition-prone decision goes out; a high level raises a warning */
  ASSESS_RISK = 'ASSESS_RISK',
  /** A leader acknowledges a high-risk warning */
  ACKNOWLEDGE_RISK_WARNING = 'ACKNOWLEDGE_RISK_WARNING',
  /** 公开听证 scheduled: the handling clocks stop */
  SCHEDULE_HEARING = 'SCHEDULE_HEARING',
  /** The hearing's conclusion and the participants' opinions: the clocks run again */
  CONCLUDE_HEARING = 'CONCLUDE_HEARING',
  /** 异议: the agency it was transferred to objects, within 5 working days */
  OBJECT_TO_TRANSFER = 'OBJECT_TO_TRANSFER',
  /** The sending agency agrees: the petition returns to it */
  ACCEPT_OBJECTION = 'ACCEPT_OBJECTION',
  /** The sending agency disagrees: the agencies' common superior decides */
  REJECT_OBJECTION = 'REJECT_OBJECTION',
  /** The common superior cannot settle it: the joint conference (the commission) decides */
  REFER_TO_JOINT_CONFERENCE = 'REFER_TO_JOINT_CONFERENCE',
  /** The binding decision of which agency handles it */
  DECIDE_JURISDICTION = 'DECIDE_JURISDICTION',
  /** 回访: the return visit after closing, with the petitioner's rating */
  RECORD_RETURN_VISIT = 'RECORD_RETURN_VISIT',
  /** 回头看: a petition closed and petitioned again is marked substantively resolved, saying how */
  MARK_SUBSTANTIVELY_RESOLVED = 'MARK_SUBSTANTIVELY_RESOLVED',
  /** Reception gives the petitioner a new access code (lost, or the number locked by guessing) */
  ISSUE_ACCESS_CODE = 'ISSUE_ACCESS_CODE',
  /** 点名接访: booked by name into a leader's reception slot */
  BOOK_RECEPTION = 'BOOK_RECEPTION',
  /** What came of the leader's reception */
  RECORD_RECEPTION_OUTCOME = 'RECORD_RECEPTION_OUTCOME',
}

/** While it is being handled or its answer is questioned: when a difficult case is worked on. */
const IN_HAND = [
  PetitionStatus.ACCEPTED, PetitionStatus.ASSIGNED, PetitionStatus.RESULT_RECORDED, PetitionStatus.CLOSED,
  PetitionStatus.UNDER_REVIEW, PetitionStatus.REVIEWED, PetitionStatus.UNDER_RE_REVIEW,
];

/**
 * The agency with first responsibility now; the agency that received the petition and owes
 * the reply; the handling agency's superior, which reviews its answer (复查); and that one's
 * superior, which re-reviews (复核); in a jurisdiction dispute, the agency that transferred it
 * and the one that arbitrates (the common superior, then the joint conference).
 */
export type PetitionSide = 'HANDLING' | 'RECEIVING' | 'REVIEWING' | 'RE_REVIEWING' | 'SENDER' | 'ARBITER';

const LEADERS = [Role.LEADER];
const ARBITERS = [Role.LEADER, Role.DEPARTMENT_HEAD, Role.COMMISSION];
const DECIDERS = [Role.RECEPTION, Role.HANDLER, Role.DEPARTMENT_HEAD, Role.LEADER];
const ASSIGNERS = [Role.DEPARTMENT_HEAD, Role.LEADER];
const HANDLERS = [Role.HANDLER, Role.DEPARTMENT_HEAD, Role.LEADER];

/** Every step, who may take it, and what it needs; the kit checks all of it before anything changes. */
export const PETITION_STEPS: StepTable<PetitionAction, PetitionStatus, PetitionSide> = {
  ACCEPT: { from: [PetitionStatus.REGISTERED, PetitionStatus.TRANSFERRED], to: PetitionStatus.ACCEPTED, by: 'HANDLING', roles: DECIDERS },
  DECLINE: {
    from: [PetitionStatus.REGISTERED, PetitionStatus.TRANSFERRED], to: PetitionStatus.DECLINED,
    by: 'HANDLING', roles: DECIDERS, needsNote: true, noteName: 'reason', verb: 'decline',
  },
  TRANSFER: {
    from: [PetitionStatus.REGISTERED, PetitionStatus.TRANSFERRED, PetitionStatus.ACCEPTED], to: PetitionStatus.TRANSFERRED,
    by: 'HANDLING', roles: DECIDERS, needsNote: true, noteName: 'reason', requires: ['toAgencyId'],
  },
  ASSIGN: {
    from: [PetitionStatus.ACCEPTED, PetitionStatus.ASSIGNED], to: PetitionStatus.ASSIGNED,
    by: 'HANDLING', roles: ASSIGNERS, requires: ['department', 'handlerStaffId'],
  },
  SEND_PROCEDURAL_REPLY: {
    from: [PetitionStatus.ACCEPTED, PetitionStatus.DECLINED, PetitionStatus.TRANSFERRED, PetitionStatus.ASSIGNED],
    by: 'RECEIVING', roles: DECIDERS, needsNote: true, noteName: 'reply', verb: 'send the procedural reply for',
  },
  EXTEND_HANDLING: {
    from: [PetitionStatus.ASSIGNED], by: 'HANDLING', roles: ASSIGNERS, needsNote: true, noteName: 'reason', requires: ['days'],
    verb: 'extend the handling deadline of',
  },
  RECORD_RESULT: {
    from: [PetitionStatus.ASSIGNED], to: PetitionStatus.RESULT_RECORDED, by: 'HANDLING', roles: HANDLERS,
    needsNote: true, noteName: 'result', requires: ['legalBasis', 'substantivelyResolved'], verb: 'record the result of',
  },
  CLOSE: { from: [PetitionStatus.RESULT_RECORDED, PetitionStatus.DECLINED], to: PetitionStatus.CLOSED, by: 'HANDLING', roles: HANDLERS },
  REOPEN: { from: [PetitionStatus.CLOSED], to: PetitionStatus.ACCEPTED, by: 'HANDLING', roles: DECIDERS, needsNote: true, noteName: 'reason' },
  REQUEST_REVIEW: {
    from: [PetitionStatus.RESULT_RECORDED, PetitionStatus.CLOSED], to: PetitionStatus.UNDER_REVIEW,
    by: 'REVIEWING', roles: DECIDERS, needsNote: true, noteName: 'reason', verb: 'record a request for review of',
  },
  ANSWER_REVIEW: {
    from: [PetitionStatus.UNDER_REVIEW], to: PetitionStatus.REVIEWED,
    by: 'REVIEWING', roles: HANDLERS, needsNote: true, noteName: 'opinion', verb: 'give the review opinion on',
  },
  REQUEST_RE_REVIEW: {
    from: [PetitionStatus.REVIEWED], to: PetitionStatus.UNDER_RE_REVIEW,
    by: 'RE_REVIEWING', roles: DECIDERS, needsNote: true, noteName: 'reason', verb: 'record a request for re-review of',
  },
  ANSWER_RE_REVIEW: {
    from: [PetitionStatus.UNDER_RE_REVIEW], to: PetitionStatus.FINAL,
    by: 'RE_REVIEWING', roles: HANDLERS, needsNote: true, noteName: 'opinion', verb: 'give the re-review opinion on',
  },
  PACKAGE: { from: IN_HAND, by: 'HANDLING', roles: LEADERS, needsNote: true, noteName: 'plan', requires: ['targetDate'], verb: 'take as package leader' },
  ASSESS_RISK: {
    from: IN_HAND, by: 'HANDLING', roles: HANDLERS, needsNote: true, noteName: 'reasons', requires: ['decision', 'level', 'measures'],
    verb: 'assess the risk of a decision on',
  },
  ACKNOWLEDGE_RISK_WARNING: { from: IN_HAND, by: 'HANDLING', roles: LEADERS, requires: ['assessmentId'], verb: 'acknowledge a risk warning on' },
  SCHEDULE_HEARING: {
    from: [PetitionStatus.ASSIGNED, PetitionStatus.UNDER_REVIEW, PetitionStatus.UNDER_RE_REVIEW], by: 'HANDLING', roles: HANDLERS,
    requires: ['scheduledFor', 'venue', 'participants'], verb: 'schedule a public hearing on',
  },
  BOOK_RECEPTION: { from: [PetitionStatus.REGISTERED, ...IN_HAND], by: 'HANDLING', roles: DECIDERS, requires: ['slotId'], verb: 'book a leader\'s reception for' },
  RECORD_RECEPTION_OUTCOME: {
    from: [PetitionStatus.REGISTERED, ...IN_HAND], by: 'HANDLING', roles: DECIDERS.concat(Role.LEADER), needsNote: true, noteName: 'outcome',
    requires: ['bookingId'], verb: 'record the reception outcome of',
  },
  ISSUE_ACCESS_CODE: { from: Object.values(PetitionStatus), by: 'RECEIVING', roles: DECIDERS, needsNote: true, noteName: 'reason', requires: ['accessCodeHash'], verb: 'issue a new access code for' },
  RECORD_RETURN_VISIT: {
    from: [PetitionStatus.CLOSED, PetitionStatus.REVIEWED, PetitionStatus.FINAL], by: 'HANDLING', roles: DECIDERS,
    needsNote: true, noteName: 'comment', requires: ['rating'], verb: 'record the return visit of',
  },
  MARK_SUBSTANTIVELY_RESOLVED: {
    from: [PetitionStatus.CLOSED, PetitionStatus.RESULT_RECORDED, PetitionStatus.REVIEWED, PetitionStatus.FINAL], by: 'HANDLING', roles: LEADERS.concat(Role.DEPARTMENT_HEAD),
    needsNote: true, noteName: 'how', verb: 'mark as substantively resolved',
  },
  OBJECT_TO_TRANSFER: {
    from: [PetitionStatus.TRANSFERRED], to: PetitionStatus.DISPUTED, by: 'HANDLING', roles: DECIDERS,
    needsNote: true, noteName: 'reason', verb: 'object to the transfer of',
  },
  ACCEPT_OBJECTION: { from: [PetitionStatus.DISPUTED], to: PetitionStatus.REGISTERED, by: 'SENDER', roles: DECIDERS, verb: 'take back' },
  REJECT_OBJECTION: {
    from: [PetitionStatus.DISPUTED], to: PetitionStatus.IN_ARBITRATION, by: 'SENDER', roles: DECIDERS,
    needsNote: true, noteName: 'reason', verb: 'reject the objection to the transfer of',
  },
  REFER_TO_JOINT_CONFERENCE: {
    from: [PetitionStatus.IN_ARBITRATION], by: 'ARBITER', roles: ARBITERS, needsNote: true, noteName: 'reason',
    requires: ['conferenceAgencyId'], verb: 'refer to the joint conference',
  },
  DECIDE_JURISDICTION: {
    from: [PetitionStatus.IN_ARBITRATION], to: PetitionStatus.ACCEPTED, by: 'ARBITER', roles: ARBITERS,
    needsNote: true, noteName: 'reason', requires: ['agencyId'], verb: 'decide which agency handles',
  },
  CONCLUDE_HEARING: {
    from: [PetitionStatus.ASSIGNED, PetitionStatus.UNDER_REVIEW, PetitionStatus.UNDER_RE_REVIEW], by: 'HANDLING', roles: HANDLERS,
    needsNote: true, noteName: 'conclusion', requires: ['opinions'], verb: 'conclude the public hearing on',
  },
};

registerEnumType(PetitionAction, { name: 'PetitionAction', description: 'A step of a petition\'s handling.' });
