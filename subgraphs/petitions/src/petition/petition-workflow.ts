import type { EntityManager } from '@mikro-orm/postgresql';
import {
  BadUserInputError, ForbiddenError, IllegalTransitionError, PetitionStatusChanged, Role, extendDeadline, loadWorkingCalendar,
  meetDeadline, requireActiveAgency, requireActiveStaff, stepEvent,
} from '@xinfang/kit';
import type { StepChange, WorkflowDefinition } from '@xinfang/kit';
import { SERVICE } from '../service-name';
import { Petition } from './petition.entity';
import type { PetitionStatus } from './petition-kind';
import { PETITION_SUBJECT, REPLY_RULES, RESULT_RULES, clocksOfPetition, startHandlingClock } from './petition-deadlines';
import { PETITION_STEPS } from './petition-status';
import type { PetitionAction, PetitionSide } from './petition-status';

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
  },
  effects: (em, petition, change) => STEP_EFFECTS[change.action]?.(em, petition, change) ?? Promise.resolve(),
  event: (petition, change) => stepEvent(PetitionStatusChanged, {
    petitionId: petition.id,
    action: change.action,
    status: change.to,
    previousStatus: change.from ?? change.to,
    receivingAgencyId: petition.receivingAgencyId,
    handlingAgencyId: petition.handlingAgencyId,
    handlerStaffId: petition.handlerStaffId,
    substantivelyResolved: petition.substantivelyResolved,
  }),
};

type Effect = (em: EntityManager, petition: Petition, change: Change) => Promise<void>;

const STEP_EFFECTS: Partial<Record<PetitionAction, Effect>> = {
  async DECLINE(_em, petition, change) {
    petition.declinedAt = change.at;
  },

  async ACCEPT(em, petition, change) {
    petition.acceptedAt = change.at;
    await startHandlingClock(em, petition, await clocksOfPetition(em, petition.id), change.at);
  },

  async TRANSFER(em, petition, change) {
    const toAgencyId = String(change.fields.toAgencyId);
    if (toAgencyId === petition.handlingAgencyId) throw new BadUserInputError('A transfer goes to another agency', { field: 'toAgencyId' });
    await requireActiveAgency(em, toAgencyId, 'toAgencyId');
    Object.assign(petition, { handlingAgencyId: toAgencyId, department: null, handlerStaffId: null });
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
    for (const clock of await clocksOfPetition(em, petition.id)) if (REPLY_RULES.includes(clock.rule)) meetDeadline(clock, change.at);
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
    for (const clock of await clocksOfPetition(em, petition.id)) if (RESULT_RULES.includes(clock.rule)) meetDeadline(clock, change.at);
  },

  async CLOSE(_em, petition, change) {
    if (!petition.proceduralReplySentAt) throw new BadUserInputError('The petitioner must have had the procedural reply before the petition is closed', { field: 'id' });
    petition.closedAt = change.at;
  },

  async REOPEN(em, petition, change) {
    Object.assign(petition, { reopenCount: petition.reopenCount + 1, closedAt: null, department: null, handlerStaffId: null, result: null, legalBasis: null, substantivelyResolved: null, resultRecordedAt: null });
    await startHandlingClock(em, petition, await clocksOfPetition(em, petition.id), change.at);
  },
};

/** 首办责任制: a handler records the result of their own petition; department heads and leaders of any. */
function assertFirstResponsibility(petition: Petition, change: Change): void {
  const supervises = change.actor.roles.some((role) => role === Role.DEPARTMENT_HEAD || role === Role.LEADER);
  if (!supervises && change.actor.userId !== petition.handlerStaffId) {
    throw new ForbiddenError('Only the assigned handler, their department head or a leader may record the result of this petition');
  }
}
