import { Role } from '@xinfang/kit';
import { demoCityAgencies } from '../agency/demo-city';
import { demoStaff, demoUserStaff } from './demo-staff';
import { staffProblems } from './staff-rules';

describe('the demo city\'s staff', () => {
  it('are coherent records with unique ids, each of a demo agency', () => {
    const agencyIds = new Set(demoCityAgencies.map((agency) => agency.id));
    expect(new Set(demoStaff.map((member) => member.id)).size).toBe(demoStaff.length);
    for (const member of demoStaff) {
      expect({ id: member.id, problems: staffProblems(member) }).toEqual({ id: member.id, problems: [] });
      expect(agencyIds.has(member.agencyId)).toBe(true);
    }
  });

  it('staff every agency, and the municipal procuratorate with reception, handlers, heads and leaders', () => {
    for (const agency of demoCityAgencies) expect(demoStaff.some((member) => member.agencyId === agency.id)).toBe(true);
    const procuratorate = demoStaff.filter((member) => member.agencyId === 'bengbu-procuratorate');
    for (const role of [Role.RECEPTION, Role.HANDLER, Role.DEPARTMENT_HEAD, Role.LEADER]) {
      expect(procuratorate.some((member) => member.roles.includes(role))).toBe(true);
    }
    expect(procuratorate.filter((member) => member.isLeader).map((member) => member.title)).toEqual(['检察长', '副检察长', '副检察长']);
  });

  it('include every demo user', () => {
    expect(Object.keys(demoUserStaff)).toEqual(['reception', 'handler', 'leader', 'womensFederation', 'civilAffairs', 'commission', 'court', 'auditor', 'admin']);
    for (const member of Object.values(demoUserStaff)) expect(demoStaff).toContain(member);
  });
});
