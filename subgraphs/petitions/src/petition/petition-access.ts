import { ForbiddenError, Role, hasAnyRole } from '@xinfang/kit';
import type { Identity } from '@xinfang/kit';

/** Roles that read across agencies: supervision and coordination. */
const CROSS_AGENCY_READERS = [Role.ADMIN, Role.AUDITOR, Role.COMMISSION];

/**
 * Who may read a petition: staff of the receiving agency, and supervisors. Partner agencies
 * never read petitions directly; they see what a referral carries.
 */
export function canReadPetitionsOf(identity: Identity, agencyId: string): boolean {
  if (hasAnyRole(identity, CROSS_AGENCY_READERS)) return true;
  if (identity.roles.every((role) => role === Role.PARTNER)) return false;
  return identity.agencyId === agencyId;
}

export function assertCanReadPetitionsOf(identity: Identity, agencyId: string): void {
  if (!canReadPetitionsOf(identity, agencyId)) {
    throw new ForbiddenError(`Petitions received by ${agencyId} are not visible to your agency`);
  }
}
