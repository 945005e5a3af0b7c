import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AssignmentCreated, NotFoundError, actorFromIdentity, beginWorkflow, requireActiveAgency, stepEvent } from '@xinfang/kit';
import type { Identity } from '@xinfang/kit';
import { JointVisitSession } from '../joint-visit-session/joint-visit-session.entity';
import { Assignment } from './assignment.entity';
import { ASSIGNMENT_WORKFLOW } from './assignment-workflow';
import type { CreateAssignmentInput } from './create-assignment.input';

/**
 * Assigns a petition from the caller's commission: saved with its first history entry
 * (CREATE) and AssignmentCreated in the same transaction. Later steps go through the kit's
 * `takeStep` with ASSIGNMENT_WORKFLOW.
 */
export async function createAssignment(em: EntityManager, input: CreateAssignmentInput, caller: Identity, traceparent?: string): Promise<Assignment> {
  if (input.sessionId && !(await em.findOne(JointVisitSession, { id: input.sessionId }, { fields: ['id'] }))) {
    throw new NotFoundError('Joint-visit session', input.sessionId);
  }
  await requireActiveAgency(em, input.assigneeAgencyId, 'assigneeAgencyId');
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
  const event = stepEvent(AssignmentCreated, {
    assignmentId: assignment.id,
    sessionId: assignment.sessionId,
    petitionId: assignment.petitionId,
    assigneeAgencyId: assignment.assigneeAgencyId,
    assignedByAgencyId: assignment.assignedByAgencyId,
    task: assignment.task,
    dueAt: assignment.dueAt.toISOString(),
  });
  return beginWorkflow(em, ASSIGNMENT_WORKFLOW, assignment, { action: 'CREATE', actor: actorFromIdentity(caller), event, traceparent });
}
