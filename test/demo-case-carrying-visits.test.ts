import { Role, shanghaiDateOf } from '@xinfang/kit';
import { eventually } from './support/kafka-listener';
import { Actor } from './support/seed';

interface Report { leaders: { leader: { id: string; name: string }; visits: number; behind: boolean }[]; behindCount: number }

/**
 * Right after the start command the demo city's leaders have made case-carrying visits over
 * the last twelve months, some keeping up with the quota and some behind, and its counties'
 * contact points have liaison officers, visiting days and petitions received there.
 */
describe('the demo city\'s case-carrying visits and contact points', () => {
  let leader: Actor;

  beforeAll(async () => {
    leader = await Actor.as({ userId: 'bengbu-procuratorate.zhang-qiang', name: '张强', agencyId: 'bengbu-procuratorate', roles: [Role.LEADER, Role.HANDLER] });
  });

  it('shows leaders ahead of and behind the quota this year, and visits last year', async () => {
    const year = Number(shanghaiDateOf(new Date()).slice(0, 4));
    const quota = async (forYear: number) => (await leader.query<{ caseCarryingVisitQuota: Report }>(
      'query($year: Int!) { caseCarryingVisitQuota(year: $year) { behindCount leaders { leader { id name } visits behind } } }', { year: forYear },
    )).caseCarryingVisitQuota;
    // Visits grow from the seeded petitions as joint visits hears of them.
    const now = await eventually(() => quota(year), (report) => report.leaders.filter((row) => row.visits > 0).length >= 5 && report.behindCount < report.leaders.length, 90_000);
    expect(now.leaders.map((row) => row.leader.name)).toEqual(expect.arrayContaining(['张强', '杨帆', '曹明', '袁华']));
    expect(now.behindCount).toBeGreaterThan(0);
    const last = await quota(year - 1);
    expect(last.leaders.some((row) => row.visits > 0)).toBe(true);
  });

  it('has county contact points with liaison officers, a next visiting day and petitions received there', async () => {
    const points = await eventually(
      async () => (await leader.query<{ contactPoints: { name: string; liaisonOfficers: { name: string }[]; nextVisit: { date: string } | null; receivedPetitions: { petition: { trackingNumber: string } }[] }[] }>(
        '{ contactPoints(agencyId: "huaiyuan-procuratorate") { name liaisonOfficers { name } nextVisit { date } receivedPetitions { petition { trackingNumber } } } }',
      )).contactPoints,
      (list) => list.some((point) => point.receivedPetitions.length > 0),
      90_000,
    );
    expect(points).toHaveLength(2);
    for (const point of points) {
      expect(point.liaisonOfficers.length).toBeGreaterThan(0);
      expect((point.nextVisit?.date ?? '') >= shanghaiDateOf(new Date())).toBe(true);
    }
  });
});
