import { readAccess } from '@xinfang/kit';
import type { RequestContext, Work } from '@xinfang/kit';
import { receivingAgencyByPetition } from '../petition/received-petition.loaders';
import type { Assignment } from './assignment.entity';

/**
 * What the kit's read rule sees of an assignment: the assigning commission's work addressed
 * to the assignee, and also part of its petition, so the agency that received the petition
 * (and its superiors) can follow where it went once petitions.events.v1 has told us who that is.
 */
export function assignmentWorks(assignment: Pick<Assignment, 'assigneeAgencyId' | 'assignedByAgencyId'> & Partial<Pick<Assignment, 'decisionAgencyIds'>>, petitionReceivedBy: string | null): Work[] {
  // Addressed to every agency of the decision: the lead follows its co-handlers, and they it.
  const addressedTo = [...new Set([assignment.assigneeAgencyId, ...(assignment.decisionAgencyIds ?? [])])];
  const works: Work[] = [{ owner: assignment.assignedByAgencyId, addressedTo }];
  if (petitionReceivedBy) works.push({ owner: petitionReceivedBy });
  return works;
}

/** Filters assignments to those the caller may see, knowing who received each petition. */
export async function visibleAssignments(context: RequestContext, assignments: Assignment[]): Promise<Assignment[]> {
  const access = readAccess(context);
  const receivedBy = await receivingAgencyByPetition(context).loadMany(assignments.map((assignment) => assignment.petitionId));
  const withReceivers = assignments.map((assignment, index) => {
    const agency = receivedBy[index];
    return { assignment, receivedBy: typeof agency === 'string' ? agency : null };
  });
  const visible = await access.readable(withReceivers, ({ assignment, receivedBy }) => assignmentWorks(assignment, receivedBy));
  return visible.map(({ assignment }) => assignment);
}
