import { Role, shanghaiDateOf } from '@xinfang/kit';
import { errorCodes } from './support/graphql-client';
import { knownToJointVisits } from './support/known-petitions';
import { Actor, registerStaffMember, seedProcuratorateChain } from './support/seed';
import type { ProcuratorateChain } from './support/seed';

const POINT_FIELDS = 'id kind name active agency { id } liaisonOfficers { id name } visitingDays { weekday dayOfMonth startTime endTime } nextVisit { date startsAt endsAt } receivedPetitions { petition { id trackingNumber } linkedBy }';
const CREATE = `mutation($input: ContactPointInput!) { createContactPoint(input: $input) { ${POINT_FIELDS} } }`;
const LIST = `query($agencyId: ID, $all: Boolean) { contactPoints(agencyId: $agencyId, includeInactive: $all) { ${POINT_FIELDS} } }`;
const LINK = 'mutation($p: ID!, $c: ID!) { linkPetitionToContactPoint(petitionId: $p, contactPointId: $c) { id receivedPetitions { petition { id } } } }';

interface Point {
  id: string; name: string; active: boolean; liaisonOfficers: { id: string; name: string }[];
  nextVisit: { date: string; startsAt: string; endsAt: string } | null;
  receivedPetitions: { petition: { id: string; trackingNumber: string }; linkedBy: string }[];
}

/**
 * Township and community contact points (联络点): a county procuratorate's fixed-point
 * responsibility with liaison officers and fixed visiting days, where petitions are received
 * close to home and recorded against the point.
 */
describe('contact points', () => {
  let chain: ProcuratorateChain;
  let admin: Actor;
  let liaison: Actor;
  let countyReception: Actor;
  const input = (overrides: Record<string, unknown> = {}) => ({
    kind: 'TOWNSHIP', name: '荆山镇综治中心检察联络点', address: '荆山镇政府综治中心一楼', agencyId: chain.agencies.county.id,
    liaisonStaffIds: [liaison.identity.userId],
    visitingDays: [{ weekday: 3, startTime: '09:00', endTime: '11:30' }, { dayOfMonth: 15, startTime: '14:00', endTime: '17:00' }],
    ...overrides,
  });

  beforeAll(async () => {
    chain = await seedProcuratorateChain();
    admin = await Actor.as({ userId: 'test-admin', name: 'Test admin', agencyId: 'platform', roles: [Role.ADMIN] });
    liaison = await registerStaffMember(chain.agencies.county, { key: 'liaison', name: '联络员', department: '控告申诉检察部', roles: [Role.HANDLER] });
    countyReception = await Actor.as({ userId: `reception-${chain.agencies.county.id}`, name: '县院接待员', agencyId: chain.agencies.county.id, roles: [Role.RECEPTION] });
  });

  it('lists a county\'s points with their liaison officers, next visiting day and the petitions received there', async () => {
    const { createContactPoint: point } = await admin.query<{ createContactPoint: Point }>(CREATE, { input: input() });
    expect(point.liaisonOfficers).toEqual([{ id: liaison.identity.userId, name: '联络员' }]);
    // The next Wednesday 09:00 or 15th 14:00 (Beijing) whose hours are not over: within a week.
    const next = point.nextVisit!;
    const today = shanghaiDateOf(new Date());
    expect(next.date >= today).toBe(true);
    expect(Date.parse(next.date) - Date.parse(today)).toBeLessThanOrEqual(7 * 86_400_000);
    const weekday = new Date(`${next.date}T00:00:00Z`).getUTCDay();
    expect(weekday === 3 || next.date.endsWith('-15')).toBe(true);
    expect(shanghaiDateOf(new Date(next.startsAt))).toBe(next.date);
    expect(new Date(next.endsAt).getTime()).toBeGreaterThan(Date.now());

    const petition = await countyReception.registerPetition({ channel: 'IN_PERSON', summary: 'Brought to the township contact point: a wage judgment not enforced.' });
    await knownToJointVisits([petition.id]);
    await countyReception.query(LINK, { p: petition.id, c: point.id });
    await countyReception.query(LINK, { p: petition.id, c: point.id }); // again: nothing changes
    const { contactPoints } = await chain.cityHandler.query<{ contactPoints: Point[] }>(LIST, { agencyId: chain.agencies.county.id });
    expect(contactPoints.map((p) => p.id)).toEqual([point.id]);
    expect(contactPoints[0]!.receivedPetitions).toEqual([{ petition: { id: petition.id, trackingNumber: petition.trackingNumber }, linkedBy: countyReception.identity.userId }]);

    // One point per petition; only the responsible agency records; a sibling county reads none of it.
    const { createContactPoint: second } = await admin.query<{ createContactPoint: Point }>(CREATE, { input: input({ kind: 'COMMUNITY', name: '龙亭社区检察联络点' }) });
    expect(await errorCodes(LINK, { p: petition.id, c: second.id }, countyReception.token)).toEqual(['CONFLICT']);
    expect(await errorCodes(LINK, { p: petition.id, c: point.id }, chain.cityHandler.token)).toEqual(['FORBIDDEN']);
    expect(await errorCodes(LINK, { p: '00000000-0000-4000-8000-000000000000', c: second.id }, countyReception.token)).toEqual(['NOT_FOUND']);
    expect(await errorCodes(LIST, { agencyId: chain.agencies.county.id }, chain.siblingHandler.token)).toEqual(['FORBIDDEN']);

    // Updated whole, then deactivated: out of the list, still in the record, no next visit.
    const { updateContactPoint: renamed } = await admin.query<{ updateContactPoint: Point }>(
      `mutation($id: ID!, $input: ContactPointInput!) { updateContactPoint(id: $id, input: $input) { ${POINT_FIELDS} } }`,
      { id: point.id, input: input({ name: '荆山镇检察联络点', visitingDays: [{ weekday: 1, startTime: '08:30', endTime: '11:30' }] }) },
    );
    expect(renamed).toMatchObject({ name: '荆山镇检察联络点', receivedPetitions: [{ petition: { id: petition.id } }] });
    await admin.query('mutation($id: ID!) { deactivateContactPoint(id: $id) { id } }', { id: second.id });
    expect((await countyReception.query<{ contactPoints: Point[] }>(LIST, {})).contactPoints.map((p) => p.id)).toEqual([point.id]);
    const all = (await countyReception.query<{ contactPoints: Point[] }>(LIST, { all: true })).contactPoints;
    expect(all.find((p) => p.id === second.id)).toMatchObject({ active: false, nextVisit: null });
    expect(await errorCodes(LINK, { p: petition.id, c: second.id }, countyReception.token)).toEqual(['BAD_USER_INPUT']);
  });

  it('refuses unknown staff, staff of another agency and invalid visiting days, and stores nothing', async () => {
    const before = (await admin.query<{ contactPoints: Point[] }>(LIST, { agencyId: chain.agencies.siblingCounty.id, all: true })).contactPoints;
    const bad = (overrides: Record<string, unknown>, token = admin.token) => errorCodes(CREATE, { input: input({ agencyId: chain.agencies.siblingCounty.id, liaisonStaffIds: [], ...overrides }) }, token);
    const siblingLiaison = await registerStaffMember(chain.agencies.siblingCounty, { key: 'liaison', name: '邻县联络员', department: '控告申诉检察部', roles: [Role.HANDLER] });
    const good = { liaisonStaffIds: [siblingLiaison.identity.userId] };
    expect(await bad({ ...good, liaisonStaffIds: [`${chain.agencies.siblingCounty.id}.nobody`] })).toEqual(['BAD_USER_INPUT']);
    expect(await bad({ ...good, liaisonStaffIds: [liaison.identity.userId] })).toEqual(['BAD_USER_INPUT']); // another county's
    expect(await bad({})).toEqual(['BAD_USER_INPUT']); // nobody
    expect(await bad({ ...good, visitingDays: [{ weekday: 8, startTime: '09:00', endTime: '11:00' }] })).toEqual(['BAD_USER_INPUT']);
    expect(await bad({ ...good, visitingDays: [{ weekday: 2, dayOfMonth: 2, startTime: '09:00', endTime: '11:00' }] })).toEqual(['BAD_USER_INPUT']);
    expect(await bad({ ...good, visitingDays: [{ dayOfMonth: 10, startTime: '15:00', endTime: '09:00' }] })).toEqual(['BAD_USER_INPUT']);
    expect(await bad({ ...good, visitingDays: [{ dayOfMonth: 10, startTime: '9am', endTime: '11:00' }] })).toEqual(['BAD_USER_INPUT']);
    expect(await bad({ ...good, agencyId: 'no-such-agency' })).toEqual(['BAD_USER_INPUT']);
    expect(await bad(good, chain.countyHandler.token)).toEqual(['FORBIDDEN']); // admins set them up
    expect((await admin.query<{ contactPoints: Point[] }>(LIST, { agencyId: chain.agencies.siblingCounty.id, all: true })).contactPoints).toEqual(before);
    expect(await errorCodes('mutation { deactivateContactPoint(id: "00000000-0000-4000-8000-000000000000") { id } }', {}, admin.token)).toEqual(['NOT_FOUND']);
  });
});
