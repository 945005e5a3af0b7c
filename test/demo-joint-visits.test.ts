import { Role } from '@xinfang/kit';
import { eventually } from './support/kafka-listener';
import { Actor } from './support/seed';

const DAY_MS = 24 * 3600_000;

/**
 * Right after the start command the demo city's commission has joint-visit sessions with the
 * court, the police and the procuratorate, petitions assigned at them in several states, and
 * an overdue one it has reminded: the session list and `overdueAssignments` show something real.
 */
describe('the demo city\'s joint visits', () => {
  let commission: Actor;
  let court: Actor;

  beforeAll(async () => {
    commission = await Actor.as({ userId: 'bengbu-commission.zheng-hong', name: '郑红', agencyId: 'bengbu-commission', roles: [Role.COMMISSION] });
    court = await Actor.as({ userId: 'bengbu-court.sun-li', name: '孙丽', agencyId: 'bengbu-court', roles: [Role.HANDLER] });
  });

  it('has past and coming sessions with the court, the police and the procuratorate, and assignments made at them', async () => {
    const sessions = await eventually(
      async () => (await court.query<{ jointVisitSessions: { title: string; startsAt: string; participatingAgencies: { id: string }[]; assignments: { status: string }[] }[] }>(
        `query($from: DateTimeISO!, $to: DateTimeISO!) { jointVisitSessions(from: $from, to: $to) { title startsAt participatingAgencies { id } assignments { status } } }`,
        { from: new Date(Date.now() - 60 * DAY_MS), to: new Date(Date.now() + 30 * DAY_MS) },
      )).jointVisitSessions,
      (found) => found.flatMap((session) => session.assignments).length >= 4,
    );
    expect(sessions.length).toBeGreaterThanOrEqual(3);
    expect(sessions.some((session) => new Date(session.startsAt).getTime() > Date.now())).toBe(true);
    expect(sessions.every((session) => ['bengbu-court', 'bengbu-police', 'bengbu-procuratorate'].every((id) => session.participatingAgencies.some((agency) => agency.id === id)))).toBe(true);
    const states = new Set(sessions.flatMap((session) => session.assignments.map((assignment) => assignment.status)));
    expect([...states].sort()).toEqual(expect.arrayContaining(['ASSIGNED', 'COMPLETED', 'IN_PROGRESS']));
  });

  it('lists an overdue assignment the commission has reminded', async () => {
    const overdue = await eventually(
      async () => (await commission.query<{ overdueAssignments: { edges: { node: { reminderCount: number; assignee: { id: string }; history: { action: string }[] } }[] } }>(
        '{ overdueAssignments(first: 20) { edges { node { reminderCount assignee { id } history { action } } } } }',
      )).overdueAssignments.edges.map((edge) => edge.node),
      (nodes) => nodes.some((node) => node.reminderCount > 0),
      90_000,
    );
    const reminded = overdue.find((node) => node.reminderCount > 0)!;
    expect(reminded.assignee.id).toBe('bengbu-court');
    expect(reminded.history.map((entry) => entry.action)).toEqual(expect.arrayContaining(['CREATE', 'REMIND', 'MARK_OVERDUE']));
  });
});
