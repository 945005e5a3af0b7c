import type { Identity, RequestContext } from '@xinfang/kit';
import { receivingAgencyByPetition } from '../petition/received-petition.loaders';
import { canSeeAssignment } from './assignment-access';
import type { Assignment } from './assignment.entity';

/** Filters assignments to those the caller may see, knowing who received each petition. */
export async function visibleAssignments(context: RequestContext, caller: Identity, assignments: Assignment[]): Promise<Assignment[]> {
  const receivedBy = await receivingAgencyByPetition(context).loadMany(assignments.map((assignment) => assignment.petitionId));
  return assignments.filter((assignment, index) => {
    const agency = receivedBy[index];
    return canSeeAssignment(caller, assignment, typeof agency === 'string' ? agency : null);
  });
}
