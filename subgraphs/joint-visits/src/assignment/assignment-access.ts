import { Role, hasAnyRole } from '@xinfang/kit';
import type { Identity } from '@xinfang/kit';
import type { Assignment } from './assignment.entity';

const SUPERVISORS = [Role.COMMISSION, Role.ADMIN, Role.AUDITOR];

/**
 * The commission and supervisors see every assignment; other agencies those they gave or
 * received, and the agency that received the petition sees where its petition went.
 */
export function canSeeAssignment(
  identity: Identity,
  assignment: Pick<Assignment, 'assigneeAgencyId' | 'assignedByAgencyId'>,
  petitionReceivedBy: string | null = null,
): boolean {
  if (hasAnyRole(identity, SUPERVISORS)) return true;
  return [assignment.assigneeAgencyId, assignment.assignedByAgencyId, petitionReceivedBy].includes(identity.agencyId);
}
