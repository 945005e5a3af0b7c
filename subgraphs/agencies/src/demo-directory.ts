import { demoCityAgencies } from './agency/demo-city-agencies';
import { demoStaff } from './staff/demo-staff';

/** When the demo directory's records are said to have changed: they are the first revision of each. */
const SEEDED_AT = '2026-01-01T00:00:00.000+08:00';

/**
 * The demo city's directory as the agencies subgraph first announces it (revision 1 of every
 * agency and person), for another subgraph's demo data that must name real people before its
 * copy of the directory has heard of them. Writing these into a copy is harmless: the copy
 * keeps the highest revision, so the announcements (and any later change) still win.
 */
export const demoDirectory = {
  agencies: demoCityAgencies.map((agency) => ({
    agencyId: agency.id, name: agency.name, englishName: agency.englishName, type: agency.type, level: agency.level,
    parentId: agency.parentId ?? null, regionCode: agency.regionCode, regionName: agency.regionName, active: true, revision: 1, changedAt: SEEDED_AT,
  })),
  staff: demoStaff.map((member) => ({
    staffId: member.id, agencyId: member.agencyId, name: member.name, department: member.department, title: member.title,
    roles: member.roles, isLeader: member.isLeader, active: true, revision: 1, changedAt: SEEDED_AT,
  })),
};

export { demoStaff } from './staff/demo-staff';
export type { DemoStaffMember } from './staff/demo-staff';
