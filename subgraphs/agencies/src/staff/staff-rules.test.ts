import { Role } from '@xinfang/kit';
import { staffProblems } from './staff-rules';

describe('a staff record', () => {
  it('is coherent with a role, and a leader with the LEADER role and a title', () => {
    expect(staffProblems({ roles: [Role.RECEPTION], isLeader: false, title: null })).toEqual([]);
    expect(staffProblems({ roles: [Role.LEADER, Role.HANDLER], isLeader: true, title: '检察长' })).toEqual([]);
    expect(staffProblems({ roles: [Role.PARTNER], isLeader: true, title: '主席' })).toEqual([]);
  });

  it('names each field that breaks a rule', () => {
    expect(staffProblems({ roles: [], isLeader: false, title: null }).map((p) => p.field)).toEqual(['roles']);
    expect(staffProblems({ roles: [Role.LEADER], isLeader: false, title: null }).map((p) => p.field)).toEqual(['isLeader']);
    expect(staffProblems({ roles: [Role.LEADER], isLeader: true, title: '  ' })).toEqual([{ field: 'title', problems: ['a leader needs a title, e.g. 检察长 or 副检察长'] }]);
  });
});
