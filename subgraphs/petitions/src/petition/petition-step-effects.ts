import type { EntityManager } from '@mikro-orm/postgresql';
import {
  BadUserInputError, DirectoryAgency, ForbiddenError, IllegalTransitionError, Role,
  extendDeadline, loadWorkingCalendar, requireActiveAgency, requireActiveStaff, startDeadline,
} from '@xinfang/kit';
import type { StepChange } from '@xinfang/kit';
import type { Petition } from './petition.entity';
import type { PetitionStatus } from './petition-kind';
import { PETITION_SUBJECT, REPLY_RULES, RESULT_RULES, clocksOfPetition, meetPetitionClocks, startHandlingClock } from './petition-deadlines';
import type { PetitionAction } from './petition-status';
import { assertWithinWindow } from './petition-windows';
import { DISPUTE_EFFECTS } from '../jurisdiction-dispute/jurisdiction-dispute.effects';
import { markSubstantivelyResolved, recordReturnVisit, startReturnVisitClock } from '../return-visit/return-visit.effects';
import { bookReception, recordReceptionOutcome } from '../reception-day/reception-day.effects';
import { concludeHearing, scheduleHearing } from '../hearing/hearing.effects';
import { takePackage } from '../leader-package/leader-package.effects';
import { acknowledgeRiskWarning, assessRisk } from '../risk-assessment/risk-assessment.effects';

type Change = StepChange<PetitionAction, PetitionStatus>;

/**
 * What each step of a petition writes besides its status, in the step's transaction: the
 * fields it sets, the clocks it starts, meets or moves (locked while it does), and the checks
 * only the database can answer (a known agency, a member of staff, a window still open).
 */
type Effect = (em: EntityManager, petition: Petition, change: Change) => Promise<void>;

export const STEP_EFFECTS: Partial<Record<PetitionAction, Effect>> = {
  PACKAGE: takePackage,
  ASSESS_RISK: assessRisk,
  ACKNOWLEDGE_RISK_WARNING: acknowledgeRiskWarning,
  SCHEDULE_HEARING: scheduleHearing,
  CONCLUDE_HEARING: concludeHearing,
  ...DISPUTE_EFFECTS,
  RECORD_RETURN_VISIT: recordReturnVisit,
  BOOK_RECEPTION: bookReception,
  RECORD_RECEPTION_OUTCOME: recordReceptionOutcome,
  async ISSUE_ACCESS_CODE(_em, petition, change) {
    Object.assign(petition, { accessCodeHash: String(change.fields.accessCodeHash), lookupFailures: 0, lookupLockedAt: null });
  },
  MARK_SUBSTANTIVELY_RESOLVED: markSubstantivelyResolved,

  async DECLINE(_em, petition, change) {
    petition.declinedAt = change.at;
  },

  async ACCEPT(em, petition, change) {
    petition.acceptedAt = change.at;
    await startHandlingClock(em, petition, change.at);
  },

  async TRANSFER(em, petition, change) {
    const toAgencyId = String(change.fields.toAgencyId);
    if (toAgencyId === petition.handlingAgencyId) throw new BadUserInputError('A transfer goes to another agency', { field: 'toAgencyId' });
    await requireActiveAgency(em, toAgencyId, 'toAgencyId');
    Object.assign(petition, { transferredFromAgencyId: petition.handlingAgencyId, transferredAt: change.at, handlingAgencyId: toAgencyId, department: null, handlerStaffId: null });
  },

  async ASSIGN(em, petition, change) {
    const handlerStaffId = String(change.fields.handlerStaffId);
    const handler = await requireActiveStaff(em, handlerStaffId, 'handlerStaffId');
    if (handler.agencyId !== petition.handlingAgencyId) {
      throw new BadUserInputError(`${handler.name} is not on the staff of the handling agency`, { field: 'handlerStaffId' });
    }
    Object.assign(petition, { department: String(change.fields.department).trim(), handlerStaffId });
    for (const clock of await clocksOfPetition(em, petition.id)) if (!clock.metAt && clock.agencyId === petition.handlingAgencyId) clock.responsibleId = handlerStaffId;
  },

  async SEND_PROCEDURAL_REPLY(em, petition, change) {
    if (petition.proceduralReplySentAt) throw new IllegalTransitionError('procedural reply', 'already sent', 'send the procedural reply again');
    petition.proceduralReplySentAt = change.at;
    await meetPetitionClocks(em, petition.id, REPLY_RULES, change.at);
  },

  async EXTEND_HANDLING(em, petition, change) {
    const days = Number(change.fields.days);
    if (!Number.isInteger(days) || days < 1) throw new BadUserInputError('days must be a whole number of days, at least 1', { field: 'days' });
    const clock = (await clocksOfPetition(em, petition.id)).find((candidate) => candidate.rule === 'HANDLING');
    if (!clock) throw new IllegalTransitionError('handling deadline', 'not started', 'extend it');
    const extension = { unit: 'CALENDAR_DAYS' as const, amount: days, approvedBy: change.actor.name, reason: change.note ?? '', at: change.at };
    extendDeadline(clock, extension, await loadWorkingCalendar(em));
  },

  async RECORD_RESULT(em, petition, change) {
    assertFirstResponsibility(petition, change);
    Object.assign(petition, {
      result: change.note,
      legalBasis: String(change.fields.legalBasis).trim(),
      substantivelyResolved: change.fields.substantivelyResolved === true,
      resultRecordedAt: change.at,
    });
    await meetPetitionClocks(em, petition.id, RESULT_RULES, change.at);
    petition.reviewingAgencyId = await superiorOf(em, petition.handlingAgencyId);
  },

  async CLOSE(em, petition, change) {
    if (!petition.proceduralReplySentAt) throw new BadUserInputError('The petitioner must have had the procedural reply before the petition is closed', { field: 'id' });
    petition.closedAt = change.at;
    if (petition.resultRecordedAt) await startReturnVisitClock(em, petition, change);
  },

  async REOPEN(em, petition, change) {
    Object.assign(petition, { reopenCount: petition.reopenCount + 1, closedAt: null, department: null, handlerStaffId: null, result: null, legalBasis: null, substantivelyResolved: null, resultRecordedAt: null });
    await startHandlingClock(em, petition, change.at);
  },

  async REQUEST_REVIEW(em, petition, change) {
    const calendar = await loadWorkingCalendar(em);
    assertWithinWindow('REVIEW_REQUEST', petition.resultRecordedAt, change.at, calendar, 'A review must be asked for within 30 days of the answer');
    startDeadline(em, 'REVIEW_ANSWER', { type: PETITION_SUBJECT, id: petition.id, agencyId: reviewingAgencyOf(petition) }, change.at, calendar);
  },

  async ANSWER_REVIEW(em, petition, change) {
    await meetPetitionClocks(em, petition.id, ['REVIEW_ANSWER'], change.at);
    petition.reviewAnsweredAt = change.at;
    petition.reReviewingAgencyId = await superiorOf(em, reviewingAgencyOf(petition));
  },

  async REQUEST_RE_REVIEW(em, petition, change) {
    const calendar = await loadWorkingCalendar(em);
    assertWithinWindow('RE_REVIEW_REQUEST', petition.reviewAnsweredAt, change.at, calendar, 'A re-review must be asked for within 30 days of the review opinion');
    startDeadline(em, 'RE_REVIEW_ANSWER', { type: PETITION_SUBJECT, id: petition.id, agencyId: petition.reReviewingAgencyId ?? reviewingAgencyOf(petition) }, change.at, calendar);
  },

  async ANSWER_RE_REVIEW(em, petition, change) {
    await meetPetitionClocks(em, petition.id, ['RE_REVIEW_ANSWER'], change.at);
    petition.finalAt = change.at;
  },
};

export function reviewingAgencyOf(petition: Petition): string {
  return petition.reviewingAgencyId ?? petition.handlingAgencyId;
}

/** The agency above, in this subgraph's copy of the directory; the agency itself at the top. */
async function superiorOf(em: EntityManager, agencyId: string): Promise<string> {
  return (await em.findOne(DirectoryAgency, { id: agencyId }))?.parentId ?? agencyId;
}

/** 首办责任制: a handler records the result of their own petition; department heads and leaders of any. */
function assertFirstResponsibility(petition: Petition, change: Change): void {
  const supervises = change.actor.roles.some((role) => role === Role.DEPARTMENT_HEAD || role === Role.LEADER);
  if (!supervises && change.actor.userId !== petition.handlerStaffId) {
    throw new ForbiddenError('Only the assigned handler, their department head or a leader may record the result of this petition');
  }
}
