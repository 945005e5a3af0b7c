import { Role, Topics, shanghaiDateOf } from '@xinfang/kit';
import { errorCodes } from './support/graphql-client';
import { TopicListener } from './support/kafka-listener';
import { knownToJointVisits } from './support/known-petitions';
import { Actor, registerStaffMember, seedProcuratorateChain } from './support/seed';
import type { ProcuratorateChain } from './support/seed';

const RECORD = `mutation($input: RecordCaseCarryingVisitInput!) { recordCaseCarryingVisit(input: $input) { id visitDate reason leader { id name } followUps { task dueDate ownerStaffId owner { id name } pastDue } } }`;
const QUOTA = `query($year: Int!, $agencyId: ID) { caseCarryingVisitQuota(year: $year, agencyId: $agencyId) { year asOfDate behindCount leaders { leader { id } agency { id } visits quota expectedSoFar behind shortfall } } }`;
const VISITS = `query($id: ID!) { petition(id: $id) { caseCarryingVisits { id visitDate place reason reasonText companions { id } privacyProtected privacyNote } } }`;

interface LeaderQuota { leader: { id: string }; agency: { id: string }; visits: number; quota: number; expectedSoFar: number; behind: boolean; shortfall: number }
interface QuotaReport { year: number; asOfDate: string; behindCount: number; leaders: LeaderQuota[] }

/** What the pro-rata rule expects by today (China date), rounded down, as the quota explains it. */
function expectedByToday(visitsPerYear: number, year: number): number {
  const today = shanghaiDateOf(new Date());
  const elapsed = (Date.parse(today) - Date.parse(`${year}-01-01`)) / 86_400_000 + 1;
  const days = (Date.parse(`${year + 1}-01-01`) - Date.parse(`${year}-01-01`)) / 86_400_000;
  return Math.floor((visitsPerYear * elapsed) / days);
}

/**
 * Leaders' case-carrying visits down to the grassroots (带案下访): a county leader visits a
 * petitioner, the visit counts for the year of its China date however late it is recorded,
 * and the city sees its own and its counties' leaders against the quota.
 */
describe('case-carrying visits and the yearly quota', () => {
  let chain: ProcuratorateChain;
  let countyLeader: Actor;
  let cityLeader: Actor;
  let countyClerk: Actor;
  let countyReception: Actor;
  let petitionId: string;
  const thisYear = Number(shanghaiDateOf(new Date()).slice(0, 4));
  const lastYear = thisYear - 1;

  const visit = (overrides: Record<string, unknown> = {}) => ({
    petitionId, leaderStaffId: countyLeader.identity.userId, visitedAt: new Date(Date.now() - 3 * 86_400_000), place: '信访人家中（荆山镇涂山村）',
    companionStaffIds: [countyClerk.identity.userId], reason: 'PETITIONER_OLD_WEAK_OR_IMMOBILE',
    analysis: 'She petitions because the compensation order was never enforced; the enforcement file shows no assets were searched.',
    helpGiven: 'Explained the enforcement supervision procedure; pointed her to judicial assistance.',
    followUps: [{ task: 'Ask the court for the enforcement file', ownerStaffId: countyClerk.identity.userId, dueDate: `${thisYear + 1}-01-15` }],
    privacyProtected: true, privacyNote: 'Came in an unmarked car, met at home without village officials.', ...overrides,
  });

  beforeAll(async () => {
    chain = await seedProcuratorateChain();
    [countyLeader, cityLeader, countyClerk] = await Promise.all([
      registerStaffMember(chain.agencies.county, { key: 'chief', name: '县院检察长', department: '院领导', roles: [Role.LEADER, Role.HANDLER] }),
      registerStaffMember(chain.agencies.city, { key: 'deputy', name: '市院副检察长', department: '院领导', roles: [Role.LEADER], title: '副检察长' }),
      registerStaffMember(chain.agencies.county, { key: 'clerk', name: '县院检察官助理', department: '控告申诉检察部', roles: [Role.HANDLER] }),
    ]);
    countyReception = await Actor.as({ userId: `reception-${chain.agencies.county.id}`, name: '县院接待员', agencyId: chain.agencies.county.id, roles: [Role.RECEPTION] });
    petitionId = (await countyReception.registerPetition({ category: 'APPEAL', summary: 'Appeals the non-enforcement of a compensation order.' })).id;
    await knownToJointVisits([petitionId]);
  });

  it('counts a visit for the year of its China date, also when recorded late, and says who is behind', async () => {
    const listener = await TopicListener.start(Topics.caseCarryingVisits.name);
    try {
      // 23:30 on New Year's Eve in Beijing, recorded now: last year's visit.
      const { recordCaseCarryingVisit: eve } = await countyLeader.query<{ recordCaseCarryingVisit: { id: string; visitDate: string; followUps: unknown[] } }>(
        RECORD, { input: visit({ visitedAt: `${lastYear}-12-31T15:30:00Z` }) },
      );
      expect(eve).toMatchObject({ visitDate: `${lastYear}-12-31`, followUps: [{ task: 'Ask the court for the enforcement file', dueDate: `${thisYear + 1}-01-15`, owner: { id: countyClerk.identity.userId, name: '县院检察官助理' }, pastDue: false }] });
      // An hour later it is 1 January in Beijing (still 31 December in UTC): this year's.
      const { recordCaseCarryingVisit: newYear } = await countyClerk.query<{ recordCaseCarryingVisit: { visitDate: string } }>(
        RECORD, { input: visit({ visitedAt: `${lastYear}-12-31T16:30:00Z`, reason: 'OTHER', reasonText: 'Her son asked us to come after a fall.', followUps: [] }) },
      );
      expect(newYear.visitDate).toBe(`${thisYear}-01-01`);
      const event = await listener.next((message) => message.event.subject === eve.id);
      expect(event.event).toMatchObject({ type: 'CaseCarryingVisitRecorded', data: { petitionId, agencyId: chain.agencies.county.id, leaderStaffId: countyLeader.identity.userId, visitDate: `${lastYear}-12-31`, followUpCount: 1 } });
      expect(JSON.stringify(event.event)).not.toContain('unmarked car'); // what was said at home stays out of Kafka
    } finally {
      await listener.stop();
    }

    const quota = async (actor: Actor, year: number, agencyId?: string) => (await actor.query<{ caseCarryingVisitQuota: QuotaReport }>(QUOTA, { year, agencyId })).caseCarryingVisitQuota;
    const last = await quota(countyLeader, lastYear);
    expect(last.leaders).toEqual([{ leader: { id: countyLeader.identity.userId }, agency: { id: chain.agencies.county.id }, visits: 1, quota: 12, expectedSoFar: 12, behind: true, shortfall: 11 }]);

    // The city sees its own leaders and its counties'; a quota set for the county's last year, and a standing one for the city.
    const admin = await Actor.as({ userId: 'test-admin', name: 'Test admin', agencyId: 'platform', roles: [Role.ADMIN] });
    await admin.query('mutation($a: ID!, $y: Int) { setCaseCarryingVisitQuota(agencyId: $a, year: $y, visitsPerYear: 1) { visitsPerYear } }', { a: chain.agencies.county.id, y: lastYear });
    await admin.query('mutation($a: ID!) { setCaseCarryingVisitQuota(agencyId: $a, visitsPerYear: 20) { year visitsPerYear } }', { a: chain.agencies.city.id });
    expect((await quota(chain.cityHandler, lastYear, chain.agencies.county.id)).leaders[0]).toMatchObject({ visits: 1, quota: 1, expectedSoFar: 1, behind: false, shortfall: 0 });

    const now = await quota(chain.cityHandler, thisYear);
    const byLeader = new Map(now.leaders.map((row) => [row.leader.id, row]));
    expect(now.leaders).toHaveLength(2);
    expect(byLeader.get(countyLeader.identity.userId)).toMatchObject({ visits: 1, quota: 12, expectedSoFar: expectedByToday(12, thisYear) });
    expect(byLeader.get(cityLeader.identity.userId)).toMatchObject({ visits: 0, quota: 20, expectedSoFar: expectedByToday(20, thisYear) });
    expect(now.behindCount).toBe(now.leaders.filter((row) => row.behind).length);
    expect((await quota(chain.provinceHandler, thisYear, chain.agencies.city.id)).leaders).toHaveLength(2);

    // Nothing flows upwards or sideways.
    expect(await errorCodes(QUOTA, { year: thisYear, agencyId: chain.agencies.county.id }, chain.siblingHandler.token)).toEqual(['FORBIDDEN']);
    expect(await errorCodes(QUOTA, { year: thisYear, agencyId: chain.agencies.city.id }, chain.countyHandler.token)).toEqual(['FORBIDDEN']);

    // The petition shows its visits to the visiting county and its superiors.
    const seen = await chain.provinceHandler.query<{ petition: { caseCarryingVisits: { visitDate: string; reason: string; reasonText: string | null; companions: { id: string }[] }[] } }>(VISITS, { id: petitionId });
    expect(seen.petition.caseCarryingVisits.map((v) => [v.visitDate, v.reason])).toEqual([[`${lastYear}-12-31`, 'PETITIONER_OLD_WEAK_OR_IMMOBILE'], [`${thisYear}-01-01`, 'OTHER']]);
    expect(seen.petition.caseCarryingVisits[0]!.companions).toEqual([{ id: countyClerk.identity.userId }]);
  });

  it('refuses bad visits with coded errors and stores nothing', async () => {
    const other = (await countyReception.registerPetition({ category: 'REQUEST', summary: 'Asks for help after an unpaid judgment.' })).id;
    await knownToJointVisits([other]);
    const bad = (overrides: Record<string, unknown>, token = countyLeader.token) => errorCodes(RECORD, { input: visit({ petitionId: other, ...overrides }) }, token);
    const { reason: _reason, ...withoutReason } = visit({ petitionId: other });
    expect(await errorCodes(RECORD, { input: withoutReason }, countyLeader.token)).toEqual(['BAD_USER_INPUT']);
    expect(await bad({ reason: 'OTHER' })).toEqual(['BAD_USER_INPUT']);
    expect(await bad({ reason: 'OTHER', reasonText: '   ' })).toEqual(['BAD_USER_INPUT']);
    expect(await bad({ visitedAt: new Date(Date.now() + 3600_000) })).toEqual(['BAD_USER_INPUT']);
    expect(await bad({ privacyProtected: false })).toEqual(['BAD_USER_INPUT']);
    expect(await bad({ leaderStaffId: countyClerk.identity.userId })).toEqual(['BAD_USER_INPUT']); // not a leader
    expect(await bad({ leaderStaffId: cityLeader.identity.userId })).toEqual(['BAD_USER_INPUT']); // not this agency's leader
    expect(await bad({ companionStaffIds: [`${chain.agencies.county.id}.nobody`] })).toEqual(['BAD_USER_INPUT']);
    expect(await bad({ followUps: [{ task: 'Call back', ownerStaffId: countyClerk.identity.userId, dueDate: '2026-02-30' }] })).toEqual(['BAD_USER_INPUT']);
    expect(await bad({ followUps: [{ task: 'Call back', ownerStaffId: countyClerk.identity.userId, dueDate: '2000-01-01' }] })).toEqual(['BAD_USER_INPUT']);
    expect(await bad({ petitionId: '00000000-0000-4000-8000-000000000000' })).toEqual(['NOT_FOUND']);
    expect(await bad({}, chain.siblingHandler.token)).toEqual(['NOT_FOUND']); // the sibling county does not read this county's petitions, nor learns they exist
    expect(await bad({}, chain.womensFederationStaff.token)).toEqual(['FORBIDDEN']);

    const { petition } = await countyLeader.query<{ petition: { caseCarryingVisits: unknown[] } }>(VISITS, { id: other });
    expect(petition.caseCarryingVisits).toEqual([]);
    // The same visit twice is one visit.
    await countyLeader.query(RECORD, { input: visit({ petitionId: other }) });
    expect(await bad({})).toEqual(['CONFLICT']);
  });
});
