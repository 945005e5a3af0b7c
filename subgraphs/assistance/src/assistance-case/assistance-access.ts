import { ForbiddenError, Role, hasAnyRole } from '@xinfang/kit';
import type { Identity } from '@xinfang/kit';

const CROSS_AGENCY_READERS = [Role.ADMIN, Role.AUDITOR, Role.COMMISSION];

/** Staff of the handling procuratorate and supervisors read cases; partners see only referrals. */
export function canReadCasesOf(identity: Identity, agencyId: string): boolean {
  if (hasAnyRole(identity, CROSS_AGENCY_READERS)) return true;
  if (identity.roles.every((role) => role === Role.PARTNER)) return false;
  return identity.agencyId === agencyId;
}

export function assertCanReadCasesOf(identity: Identity, agencyId: string): void {
  if (!canReadCasesOf(identity, agencyId)) throw new ForbiddenError('This assistance case belongs to another agency');
}
