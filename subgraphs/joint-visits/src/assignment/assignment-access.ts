import { Role, hasAnyRole } from '@xinfang/kit';
import type { Identity } from '@xinfang/kit';
import type { Assignment } from './assignment.entity';

const SUPERVISORS = [Role.COMMISSION, Role.ADMIN, Role.AUDITOR];

/** The commission and supervisors see every assignment; other agencies only those they gave or received. */
export function canSeeAssignment(identity: Identity, assignment: Pick<Assignment, 'assigneeAgencyId' | 'assignedByAgencyId'>): boolean {
  if (hasAnyRole(identity, SUPERVISORS)) return true;
  return assignment.assigneeAgencyId === identity.agencyId || assignment.assignedByAgencyId === identity.agencyId;
}
