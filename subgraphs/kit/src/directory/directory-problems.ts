import type { Role } from '../identity/identity';
import type { DirectoryAgency } from './directory-agency.entity';
import type { DirectoryStaff } from './directory-staff.entity';

/** What work may ask of a named person besides being current: their agency, a role. */
export interface StaffRequirements {
  agencyId?: string;
  /** One of these roles, e.g. LEADER for a package leader (包案领导). */
  roles?: readonly Role[];
}

/** Why an agency may not be named in new work, or null when it may. */
export function agencyProblem(id: string, agency: Pick<DirectoryAgency, 'name' | 'active'> | null | undefined): string | null {
  if (!agency) return `Agency ${id} is not in the directory`;
  if (!agency.active) return `Agency ${id} (${agency.name}) is no longer active`;
  return null;
}

/** Why a person may not be named in new work, or null when they may. */
export function staffProblem(
  id: string,
  staff: Pick<DirectoryStaff, 'name' | 'active' | 'agencyId' | 'roles'> | null | undefined,
  agency: Pick<DirectoryAgency, 'name' | 'active'> | null | undefined,
  requirements: StaffRequirements = {},
): string | null {
  if (!staff) return `Staff member ${id} is not in the directory`;
  if (!staff.active) return `Staff member ${id} (${staff.name}) is no longer active`;
  const ofAgency = agencyProblem(staff.agencyId, agency);
  if (ofAgency) return `Staff member ${id} (${staff.name}) cannot be named: ${ofAgency}`;
  if (requirements.agencyId && staff.agencyId !== requirements.agencyId) {
    return `Staff member ${id} (${staff.name}) does not work for agency ${requirements.agencyId}`;
  }
  const roles = requirements.roles ?? [];
  if (roles.length > 0 && !staff.roles.some((role) => roles.includes(role))) {
    return `Staff member ${id} (${staff.name}) needs one of the roles ${roles.join(', ')}`;
  }
  return null;
}
