import { Role } from '@xinfang/kit';
import type { Identity } from '@xinfang/kit';
import { canSeeAssignment } from './assignment-access';

const caller = (agencyId: string, roles: Role[]): Identity => ({ userId: 'u1', name: 'someone', agencyId, roles });
const assignment = { assigneeAgencyId: 'court-1', assignedByAgencyId: 'commission-1' };

describe('who sees an assignment', () => {
  it('lets the commission, admins and auditors see every assignment', () => {
    for (const role of [Role.COMMISSION, Role.ADMIN, Role.AUDITOR]) {
      expect(canSeeAssignment(caller('elsewhere', [role]), assignment)).toBe(true);
    }
  });

  it('lets the assignee and the assigning agency see it', () => {
    expect(canSeeAssignment(caller('court-1', [Role.HANDLER]), assignment)).toBe(true);
    expect(canSeeAssignment(caller('commission-1', [Role.HANDLER]), assignment)).toBe(true);
  });

  it('lets the agency that received the petition follow where it went', () => {
    expect(canSeeAssignment(caller('procuratorate-1', [Role.HANDLER]), assignment, 'procuratorate-1')).toBe(true);
    expect(canSeeAssignment(caller('procuratorate-2', [Role.HANDLER]), assignment, 'procuratorate-1')).toBe(false);
  });

  it('hides it from every other agency', () => {
    expect(canSeeAssignment(caller('police-1', [Role.HANDLER, Role.LEADER]), assignment)).toBe(false);
    expect(canSeeAssignment(caller('police-1', [Role.PARTNER]), assignment)).toBe(false);
  });
});
