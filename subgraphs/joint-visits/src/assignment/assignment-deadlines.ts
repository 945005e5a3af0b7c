import type { EntityManager } from '@mikro-orm/postgresql';
import { assignmentTermRule, extendDeadline, loadWorkingCalendar, lockClocksOf, meetDeadline, startDeadline } from '@xinfang/kit';
import type { AssignmentTerm, DeadlineClock } from '@xinfang/kit';
import type { Assignment } from './assignment.entity';

/** The subject type assignments' clocks are stored under, as DeadlineMissed names it back. */
export const ASSIGNMENT_SUBJECT = 'JointVisitAssignment';

/** Starts the assignee's clock: its term in working days from the day it was assigned; the due date is the clock's. */
export async function startAssignmentDeadline(em: EntityManager, assignment: Assignment): Promise<DeadlineClock> {
  const subject = { type: ASSIGNMENT_SUBJECT, id: assignment.id, agencyId: assignment.assigneeAgencyId };
  const clock = startDeadline(em, assignmentTermRule(assignment.workingDays as AssignmentTerm), subject, assignment.assignedAt, await loadWorkingCalendar(em));
  assignment.dueAt = clock.dueAt!;
  return clock;
}

/** The assignment's clock, locked for the step's transaction. */
async function clockOf(em: EntityManager, assignment: Assignment): Promise<DeadlineClock | undefined> {
  return (await lockClocksOf(em, ASSIGNMENT_SUBJECT, assignment.id))[0];
}

/** The result is in: the clock stops, met on time or late. */
export async function meetAssignmentDeadline(em: EntityManager, assignment: Assignment, at: Date): Promise<void> {
  const clock = await clockOf(em, assignment);
  if (clock) meetDeadline(clock, at);
}

/** Sent back, it owes nothing any more: its clock goes (the history keeps the step). */
export async function withdrawAssignmentDeadline(em: EntityManager, assignment: Assignment): Promise<void> {
  const clock = await clockOf(em, assignment);
  if (clock) em.remove(clock);
}

/**
 * An approved extension, checked against the term's policy (twice, 30 working days in all).
 * Once it moves the due date into the future the assignment is on time again, and the clock
 * may be announced missed again if the new date passes too.
 */
export async function extendAssignmentDeadline(em: EntityManager, assignment: Assignment, extension: { workingDays: number; approvedBy: string; reason: string; at: Date }): Promise<void> {
  const clock = await clockOf(em, assignment);
  if (!clock) return;
  extendDeadline(clock, { unit: 'WORKING_DAYS', amount: extension.workingDays, approvedBy: extension.approvedBy, reason: extension.reason, at: extension.at }, await loadWorkingCalendar(em));
  assignment.dueAt = clock.dueAt!;
  if (clock.dueAt! > extension.at) {
    Object.assign(clock, { missedAt: null, dueSoonSentAt: null });
    assignment.overdueSince = null;
  }
}
