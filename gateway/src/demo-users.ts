import { demoUserStaff } from '@xinfang/agencies/demo-staff';
import type { DemoStaffMember, DemoUserKey } from '@xinfang/agencies/demo-staff';
import type { Identity } from '@xinfang/kit/identity';

export type { DemoUserKey };

/** A member of staff as their token presents them. */
function identityOf(member: DemoStaffMember): Identity {
  return { userId: member.id, name: member.name, agencyId: member.agencyId, roles: [...member.roles] };
}

/**
 * The demo city's people, one per kind of user, for the local platform and its tokens: real
 * members of staff in the agencies subgraph's demo data (same ids, names, agencies, roles).
 */
export const demoUsers = Object.fromEntries(
  Object.entries(demoUserStaff).map(([key, member]) => [key, identityOf(member)]),
) as Record<DemoUserKey, Identity>;
