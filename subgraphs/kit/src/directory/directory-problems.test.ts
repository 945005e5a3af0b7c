import { Role } from '../identity/identity';
import { agencyProblem, staffProblem } from './directory-problems';

const court = { name: '蚌埠市中级人民法院', active: true };
const judge = { name: '孙丽', active: true, agencyId: 'bengbu-court', roles: [Role.HANDLER] };

describe('naming an agency in new work', () => {
  it('needs the agency in the directory and active', () => {
    expect(agencyProblem('bengbu-court', court)).toBeNull();
    expect(agencyProblem('nowhere', null)).toBe('Agency nowhere is not in the directory');
    expect(agencyProblem('bengbu-court', { ...court, active: false })).toBe('Agency bengbu-court (蚌埠市中级人民法院) is no longer active');
  });
});

describe('naming a person in new work', () => {
  it('needs a current person of an active agency', () => {
    expect(staffProblem('sun-li', judge, court)).toBeNull();
    expect(staffProblem('ghost', null, null)).toBe('Staff member ghost is not in the directory');
    expect(staffProblem('sun-li', { ...judge, active: false }, court)).toMatch(/no longer active/);
    expect(staffProblem('sun-li', judge, { ...court, active: false })).toMatch(/cannot be named: Agency bengbu-court .* is no longer active/);
    expect(staffProblem('sun-li', judge, null)).toMatch(/cannot be named: Agency bengbu-court is not in the directory/);
  });

  it('checks the agency and roles the work asks for', () => {
    expect(staffProblem('sun-li', judge, court, { agencyId: 'bengbu-police' })).toBe('Staff member sun-li (孙丽) does not work for agency bengbu-police');
    expect(staffProblem('sun-li', judge, court, { roles: [Role.LEADER] })).toBe('Staff member sun-li (孙丽) needs one of the roles LEADER');
    expect(staffProblem('sun-li', judge, court, { agencyId: 'bengbu-court', roles: [Role.LEADER, Role.HANDLER] })).toBeNull();
  });
});
