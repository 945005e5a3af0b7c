import { Role } from '../../identity/identity';
import { createEvent } from '../contract';
import { AgencyUpdated, StaffRegistered } from './directory-events';

const origin = { service: 'agencies', agencyId: null };
const staff = {
  staffId: 'bengbu-procuratorate.zhang-qiang', agencyId: 'bengbu-procuratorate', name: '张强', department: null, title: '检察长',
  roles: [Role.LEADER, Role.HANDLER], isLeader: true, active: true, revision: 1, changedAt: '2026-11-22T08:00:00.000Z',
};

describe('directory events', () => {
  it('carry the whole record with its revision, keyed by the record\'s id', () => {
    const event = createEvent(StaffRegistered, staff.staffId, staff, origin);
    expect(event).toMatchObject({ type: 'StaffRegistered', subject: staff.staffId, data: staff });
  });

  it('refuse unknown roles, a revision below 1 and a missing list of changed fields', () => {
    expect(() => createEvent(StaffRegistered, staff.staffId, { ...staff, roles: ['CHIEF' as Role] }, origin)).toThrow(/roles/);
    expect(() => createEvent(StaffRegistered, staff.staffId, { ...staff, revision: 0 }, origin)).toThrow(/revision/);
    const agency = { agencyId: 'bengbu-court', name: '蚌埠市中级人民法院', englishName: 'Bengbu Intermediate People\'s Court', type: 'COURT', level: 'MUNICIPAL', parentId: null, regionCode: '340300', active: false, revision: 2, changedAt: staff.changedAt };
    expect(() => createEvent(AgencyUpdated, agency.agencyId, agency as never, origin)).toThrow(/changedFields/);
    expect(createEvent(AgencyUpdated, agency.agencyId, { ...agency, changedFields: ['active'] }, origin).data.active).toBe(false);
  });
});
