import { demoStaff } from '@xinfang/agencies/demo-staff';
import { demoUsers } from './demo-users';

describe('the demo users', () => {
  it('are members of the demo city\'s staff, as their tokens present them', () => {
    for (const user of Object.values(demoUsers)) {
      const member = demoStaff.find((candidate) => candidate.id === user.userId);
      expect(member).toBeDefined();
      expect(user).toEqual({ userId: member!.id, name: member!.name, agencyId: member!.agencyId, roles: member!.roles });
    }
    expect(demoUsers.leader).toMatchObject({ name: '张强', agencyId: 'bengbu-procuratorate', roles: ['LEADER', 'HANDLER'] });
  });
});
