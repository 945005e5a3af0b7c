import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  AssignmentCreated,
  AssignmentStatusChanged,
  BadUserInputError,
  ForbiddenError,
  IllegalTransitionError,
  NotFoundError,
  createEvent,
  enqueueEvent,
} from '@xinfang/kit';
import type { Identity } from '@xinfang/kit';
import { JointVisitSession } from '../joint-visit-session/joint-visit-session.entity';
import { SERVICE } from '../service-name';
import { Assignment } from './assignment.entity';
import { ASSIGNMENT_STEPS, AssignmentAction, nextAssignmentStatus } from './assignment-status';
import type { CreateAssignmentInput } from './create-assignment.input';

/** Who takes a step on an assignment: a user of the assignee agency. */
export interface AssignmentActor {
  agencyId: string;
  userId: string;
}

/** Assigns a petition from the caller's commission and queues AssignmentCreated in the same transaction. */
export async function createAssignment(em: EntityManager, input: CreateAssignmentInput, caller: Identity, traceparent?: string): Promise<Assignment> {
  if (input.sessionId && !(await em.findOne(JointVisitSession, { id: input.sessionId }, { fields: ['id'] }))) {
    throw new NotFoundError('Joint-visit session', input.sessionId);
  }
  const assignment = em.create(Assignment, {
    id: randomUUID(),
    sessionId: input.sessionId ?? null,
    petitionId: input.petitionId,
    assigneeAgencyId: input.assigneeAgencyId,
    assignedByAgencyId: caller.agencyId,
    task: input.task.trim(),
    dueAt: input.dueAt,
    createdBy: caller.userId,
  });
  const event = createEvent(AssignmentCreated, assignment.id, {
    assignmentId: assignment.id,
    sessionId: assignment.sessionId,
    petitionId: assignment.petitionId,
    assigneeAgencyId: assignment.assigneeAgencyId,
    assignedByAgencyId: assignment.assignedByAgencyId,
    task: assignment.task,
    dueAt: assignment.dueAt.toISOString(),
  }, { service: SERVICE, agencyId: caller.agencyId, traceparent });
  enqueueEvent(em, AssignmentCreated, event);
  await em.flush();
  return assignment;
}

/**
 * Takes one step on an assignment if the actor is of the assignee agency and the state
 * machine allows it, and queues AssignmentStatusChanged with it.
 */
export async function applyAssignmentAction(
  em: EntityManager,
  assignmentId: string,
  action: AssignmentAction,
  note: string | null,
  actor: AssignmentActor,
  traceparent?: string,
): Promise<Assignment> {
  const assignment = await em.findOne(Assignment, { id: assignmentId });
  if (!assignment) throw new NotFoundError('Assignment', assignmentId);
  if (actor.agencyId !== assignment.assigneeAgencyId) {
    throw new ForbiddenError(`Only the assignee agency may ${describe(action)} this assignment`);
  }
  const next = nextAssignmentStatus(assignment.status, action);
  if (!next) throw new IllegalTransitionError('joint-visit assignment', assignment.status, describe(action));
  const text = note?.trim() ?? '';
  if (ASSIGNMENT_STEPS[action].needsNote && !text) {
    throw new BadUserInputError(`A note is required to ${describe(action)} an assignment`, { field: action === AssignmentAction.COMPLETE ? 'outcome' : 'note' });
  }
  const now = new Date();
  const previousStatus = assignment.status;
  assignment.status = next;
  if (action === AssignmentAction.COMPLETE) {
    assignment.outcome = text;
    assignment.completedAt = now;
  } else {
    assignment.lastProgressNote = text;
  }
  assignment.lastReportedBy = actor.userId;
  assignment.updatedAt = now;
  const event = createEvent(AssignmentStatusChanged, assignment.id, {
    assignmentId: assignment.id,
    petitionId: assignment.petitionId,
    assigneeAgencyId: assignment.assigneeAgencyId,
    assignedByAgencyId: assignment.assignedByAgencyId,
    status: assignment.status,
    previousStatus,
    note: text,
    reportedBy: actor.userId,
  }, { service: SERVICE, agencyId: actor.agencyId, traceparent });
  enqueueEvent(em, AssignmentStatusChanged, event);
  // A concurrent change fails the version check; the kit reports it as CONFLICT.
  await em.flush();
  return assignment;
}

function describe(action: AssignmentAction): string {
  return action === AssignmentAction.COMPLETE ? 'complete' : 'report progress on';
}
