import { Role } from '@xinfang/kit';
import { Actor } from './support/seed';

/**
 * Right after the start command the demo city has a year of petitions, so the lists and the
 * statistics show something real: every channel, every state, some late, some overdue.
 */
describe('the demo city\'s petitions', () => {
  let handler: Actor;

  beforeAll(async () => {
    handler = await Actor.as({ userId: 'bengbu-procuratorate.li-ming', name: '李明', agencyId: 'bengbu-procuratorate', roles: [Role.HANDLER] });
  });

  it('fill a year of statistics for the city procuratorate and its counties', async () => {
    const to = new Date(Date.now() + 24 * 3600_000);
    const from = new Date(to.getTime() - 366 * 24 * 3600_000);
    const { petitionStatistics: stats } = await handler.query<{ petitionStatistics: { agencies: number; total: Record<string, number | null>; months: unknown[]; byChannel: unknown[] } }>(
      `query($from: DateTimeISO!, $to: DateTimeISO!) { petitionStatistics(agencyId: "bengbu-procuratorate", from: $from, to: $to) {
        agencies months { month } byChannel { key count }
        total { received accepted declined transferredOut proceduralReplyOnTimeRate resultOnTimeRate closed substantivelyResolvedShare group repeat leapfrog rated satisfactionRate overdueNow } } }`,
      { from, to },
    );
    expect(stats.agencies).toBe(4);
    expect(stats.total.received).toBeGreaterThanOrEqual(240);
    expect(stats.months.length).toBeGreaterThanOrEqual(12);
    expect(stats.byChannel.length).toBeGreaterThanOrEqual(7);
    const figures = ['accepted', 'declined', 'transferredOut', 'closed', 'group', 'repeat', 'leapfrog', 'rated'];
    expect(figures.filter((figure) => !((stats.total[figure] as number) > 0))).toEqual([]);
    expect(stats.total.proceduralReplyOnTimeRate).toBeGreaterThan(0.7);
    expect(stats.total.proceduralReplyOnTimeRate).toBeLessThan(1);
    expect(stats.total.satisfactionRate).toBeGreaterThan(0.8);
  });

  it('have every state, and overdue deadlines to list', async () => {
    for (const status of ['REGISTERED', 'ACCEPTED', 'ASSIGNED', 'RESULT_RECORDED', 'CLOSED']) {
      const { petitions } = await handler.query<{ petitions: { edges: unknown[] } }>(
        'query($status: PetitionStatus!) { petitions(filter: { status: $status }, first: 1) { edges { node { id } } } }', { status },
      );
      expect({ status, found: petitions.edges.length }).toEqual({ status, found: 1 });
    }
    const lists = await handler.query<{ packagedPetitions: { edges: unknown[] }; lookingBackPetitions: { edges: unknown[] }; dissatisfiedPetitions: { edges: unknown[] }; upcomingReceptionDays: { edges: unknown[] } }>(
      '{ packagedPetitions(first: 5) { edges { node { id } } } lookingBackPetitions(first: 5) { edges { node { id } } } dissatisfiedPetitions(first: 5) { edges { node { id } } } upcomingReceptionDays(first: 5) { edges { node { id booked } } } }',
    );
    expect([lists.packagedPetitions, lists.lookingBackPetitions, lists.dissatisfiedPetitions, lists.upcomingReceptionDays].map((list) => list.edges.length > 0)).toEqual([true, true, true, true]);
    const { overduePetitions } = await handler.query<{ overduePetitions: { edges: unknown[] } }>('{ overduePetitions(dueWithinDays: 7, first: 50) { edges { node { daysLeft } } } }');
    expect(overduePetitions.edges.length).toBeGreaterThan(0);
  });
});
