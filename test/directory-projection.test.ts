import { randomBytes } from 'node:crypto';
import { Partitioners } from 'kafkajs';
import { demoCityAgencies, demoStaff } from '@xinfang/agencies';
import { Role, StaffRegistered, Topics, createEvent } from '@xinfang/kit';
import { projected, takenByEveryCopy } from './support/directory';
import { testKafka } from './support/kafka-access';
import { Actor } from './support/seed';

/**
 * What every subgraph's copy of the directory promises: the demo city is in it because
 * seeding announces like any registration, and an older announcement arriving after a newer
 * one (a replay, a re-announcement) changes nothing.
 */
describe('the directory copies in petitions, assistance and joint visits', () => {
  it('hold the demo city\'s agencies and people, announced when they were seeded', async () => {
    await projected(demoCityAgencies.map((agency) => agency.id));
    await projected(demoStaff.map((member) => member.id), { table: 'directory_staff' });
    const reader = await Actor.as({ userId: 'directory-reader', name: 'Reader', agencyId: 'bengbu-court', roles: [Role.HANDLER] });
    const { agency } = await reader.query<{ agency: { staff: { name: string; title: string; isLeader: boolean }[] } }>(
      `{ agency(id: "bengbu-procuratorate") { staff { name title isLeader } } }`);
    expect(agency.staff.slice(0, 3).map((member) => member.isLeader)).toEqual([true, true, true]);
    expect(agency.staff).toContainEqual({ name: '张强', title: '检察长', isLeader: true });
  });

  it('keep the newest revision of a record whatever order its announcements arrive in', async () => {
    const admin = await Actor.as({ userId: 'directory-admin', name: 'Admin', agencyId: 'platform', roles: [Role.ADMIN] });
    const id = `bengbu-court.test-${randomBytes(4).toString('hex')}`;
    await admin.query(`mutation($input: RegisterStaffInput!) { registerStaff(input: $input) { id } }`,
      { input: { id, name: '临时调用人员', agencyId: 'bengbu-court', department: '立案庭', roles: ['HANDLER'] } });
    await admin.query(`mutation($id: ID!) { updateStaff(id: $id, input: { active: false }) { version } }`, { id });
    await projected([id], { table: 'directory_staff', accept: (rows) => rows[0]?.revision === 2 && !rows[0].active });

    // The registration again, as a replay or a re-announcement would bring it: revision 1, active.
    const stale = createEvent(StaffRegistered, id, {
      staffId: id, agencyId: 'bengbu-court', name: '临时调用人员', department: '立案庭', title: null, roles: [Role.HANDLER],
      isLeader: false, active: true, revision: 1, changedAt: new Date(Date.now() - 60_000).toISOString(),
    }, { service: 'agencies', agencyId: null });
    const producer = testKafka('directory-replay')
      .producer({ createPartitioner: Partitioners.DefaultPartitioner });
    await producer.connect();
    await producer.send({ topic: Topics.directory.name, messages: [{ key: id, value: JSON.stringify(stale), headers: { 'event-id': stale.id } }] });
    await producer.disconnect();

    await takenByEveryCopy(stale.id);
    const copies = await projected([id], { table: 'directory_staff' });
    expect(Object.values(copies)).toEqual(Object.values(copies).map(() => [{ id, active: false, revision: 2 }]));
    expect(Object.keys(copies)).toEqual(['petitions', 'assistance', 'joint-visits']);
  });
});
