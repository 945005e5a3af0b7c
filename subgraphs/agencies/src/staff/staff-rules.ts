import { Role } from './staff-role';

export interface StaffShape {
  roles: readonly Role[];
  isLeader: boolean;
  title: string | null;
}

export interface InvalidField {
  field: string;
  problems: string[];
}

/**
 * What makes a staff record coherent: someone may act on the platform only with a role;
 * the LEADER role (包案, 接访日, 带案下访) belongs to the agency's leaders; and a leader is
 * named by their post (检察长, 副检察长, ...), which is how petitioners book them (点名接访).
 */
export function staffProblems(staff: StaffShape): InvalidField[] {
  const problems: InvalidField[] = [];
  if (staff.roles.length === 0) problems.push({ field: 'roles', problems: ['roles must name at least one role'] });
  if (staff.roles.includes(Role.LEADER) && !staff.isLeader) {
    problems.push({ field: 'isLeader', problems: ['the LEADER role is for the agency\'s leaders: set isLeader'] });
  }
  if (staff.isLeader && !staff.title?.trim()) {
    problems.push({ field: 'title', problems: ['a leader needs a title, e.g. 检察长 or 副检察长'] });
  }
  return problems;
}
