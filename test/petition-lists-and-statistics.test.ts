import { Client } from 'pg';
import { Role, subgraphDatabaseUrl } from '@xinfang/kit';
import { errorCodes } from './support/graphql-client';
import { registerStaffMember, seedCity, takeStepAs } from './support/seed';
import type { Actor, City } from './support/seed';
import { testEnv } from './support/test-env';

const DAY = 24 * 3600_000;

interface OverdueItem {
  petition: { id: string };
  deadline: { rule: string; status: string; dueAt: string };
  daysLeft: number;
}

const OVERDUE = `query($agencyId: ID, $handlerStaffId: ID, $dueWithinDays: Int, $first: Int, $after: String) {
  overduePetitions(agencyId: $agencyId, handlerStaffId: $handlerStaffId, dueWithinDays: $dueWithinDays, first: $first, after: $after) {
    edges { node { petition { id } deadline { rule status dueAt } daysLeft } }
    pageInfo { hasNextPage endCursor }
  }
}`;

const FIGURES = `received accepted declined transferredOut proceduralRepliesDue proceduralRepliesOnTime proceduralReplyOnTimeRate
  resultsDue resultsOnTime closed substantivelyResolved group repeat leapfrog overdueNow`;

/**
 * What a procuratorate's 12309 centre looks at every morning: what is overdue or about to be,
 * for the agency or one handler, most urgent first; and the month's figures, by SQL over the
 * stored clocks.
 */
describe('overdue petitions and petition statistics', () => {
  let city: City;
  let departmentHead: Actor;
  let handler: Actor;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    city = await seedCity();
    const agency = city.agencies.procuratorate;
    [departmentHead, handler] = await Promise.all([
      registerStaffMember(agency, { key: 'head', name: '部门负责人', department: '控告申诉检察部', roles: [Role.DEPARTMENT_HEAD] }),
      registerStaffMember(agency, { key: 'li-na', name: '李娜', department: '控告申诉检察部', roles: [Role.HANDLER] }),
    ]);
    // Ten days old and never answered: its 7-day reply is three days overdue.
    ids.unanswered = (await city.reception.registerPetition({ receivedAt: new Date(Date.now() - 10 * DAY) })).id;
    // Eight days old, answered late.
    ids.answeredLate = (await city.reception.registerPetition({ channel: 'LETTER', receivedAt: new Date(Date.now() - 8 * DAY) })).id;
    await takeStepAs(city.handler, 'acceptPetition', { id: ids.answeredLate });
    await takeStepAs(city.reception, 'sendProceduralReply', { id: ids.answeredLate, reply: 'Accepted, told by letter.' });
    // Today's, answered at once and assigned to a named handler.
    ids.assigned = (await city.reception.registerPetition({ channel: 'HOTLINE_12309', category: 'APPEAL' })).id;
    await takeStepAs(city.handler, 'acceptPetition', { id: ids.assigned });
    await takeStepAs(city.reception, 'sendProceduralReply', { id: ids.assigned, reply: 'Accepted, told on the call.' });
    await takeStepAs(departmentHead, 'assignPetition', { id: ids.assigned, department: '控告申诉检察部', handlerStaffId: handler.identity.userId });
    // Today's group visit, six people.
    ids.group = (await city.reception.registerPetition({ headCount: 6, summary: 'Six villagers about unpaid land compensation.' })).id;
  });

  const overdue = async (as: Actor, variables: Record<string, unknown> = {}) =>
    (await as.query<{ overduePetitions: { edges: { node: OverdueItem }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } }>(OVERDUE, variables)).overduePetitions;

  it('lists what the agency is late on, most overdue first, and what one handler owes soon', async () => {
    const late = await overdue(city.handler);
    expect(late.edges.map(({ node }) => [node.petition.id, node.deadline.rule, node.deadline.status, node.daysLeft])).toEqual([
      [ids.unanswered, 'PROCEDURAL_REPLY', 'MISSED', -3],
    ]);

    const soon = await overdue(city.handler, { dueWithinDays: 100 });
    const dueAt = soon.edges.map(({ node }) => Date.parse(node.deadline.dueAt));
    expect(dueAt).toEqual([...dueAt].sort((a, b) => a - b));
    expect(soon.edges.map(({ node }) => node.petition.id)).toEqual(expect.arrayContaining(Object.values(ids)));

    const ofHandler = await overdue(city.handler, { handlerStaffId: handler.identity.userId, dueWithinDays: 100 });
    expect(ofHandler.edges.map(({ node }) => [node.petition.id, node.deadline.rule])).toEqual([[ids.assigned, 'HANDLING'], [ids.assigned, 'HANDLING_RESULT']]);

    // Pages follow one another without gaps or repeats.
    const first = await overdue(city.handler, { dueWithinDays: 100, first: 2 });
    const rest = await overdue(city.handler, { dueWithinDays: 100, first: 50, after: first.pageInfo.endCursor });
    expect([...first.edges, ...rest.edges].map(({ node }) => `${node.petition.id}:${node.deadline.rule}`)).toEqual(soon.edges.map(({ node }) => `${node.petition.id}:${node.deadline.rule}`));

    expect(await errorCodes(OVERDUE, { agencyId: city.agencies.procuratorate.id }, city.outsider.token)).toEqual(['FORBIDDEN']);
    expect(await errorCodes(OVERDUE, { dueWithinDays: -1 }, city.handler.token)).toEqual(['BAD_USER_INPUT']);
  });

  it('counts the period by month: received, replies and results on time, group petitions, overdue now', async () => {
    const query = `query($agencyId: ID!, $from: DateTimeISO!, $to: DateTimeISO!) {
      petitionStatistics(agencyId: $agencyId, from: $from, to: $to) { agencies total { ${FIGURES} } months { month received } byChannel { key count } byCategory { key count } }
    }`;
    const period = { agencyId: city.agencies.procuratorate.id, from: new Date(Date.now() - 30 * DAY), to: new Date(Date.now() + DAY) };
    const { petitionStatistics } = await city.handler.query<{ petitionStatistics: { agencies: number; total: Record<string, unknown>; months: { month: string; received: number }[]; byChannel: unknown[]; byCategory: unknown[] } }>(query, period);
    expect(petitionStatistics.total).toEqual({
      received: 4, accepted: 2, declined: 0, transferredOut: 0,
      proceduralRepliesDue: 3, proceduralRepliesOnTime: 1, proceduralReplyOnTimeRate: 0.3333,
      resultsDue: 0, resultsOnTime: 0, closed: 0, substantivelyResolved: 0, group: 1, repeat: 0, leapfrog: 0, overdueNow: 1,
    });
    expect(petitionStatistics.months.reduce((sum, month) => sum + month.received, 0)).toBe(4);
    expect(petitionStatistics.byChannel).toEqual(expect.arrayContaining([{ key: 'IN_PERSON', count: 2 }, { key: 'LETTER', count: 1 }, { key: 'HOTLINE_12309', count: 1 }]));
    expect(petitionStatistics.byCategory).toEqual(expect.arrayContaining([{ key: 'REQUEST', count: 3 }, { key: 'APPEAL', count: 1 }]));

    expect(await errorCodes(query, { ...period, from: period.to, to: period.from }, city.handler.token)).toEqual(['BAD_USER_INPUT']);
    expect(await errorCodes(query, period, city.outsider.token)).toEqual(['FORBIDDEN']);
  });

  it('keeps on each petition what its clocks say, as the statistics read it', async () => {
    // One more change to a clock (the result met): the row follows every change, as well as the registrations and replies above.
    await takeStepAs(handler, 'recordResult', { id: ids.assigned, result: 'Explained the decision.', legalBasis: '《人民检察院信访工作规定》', substantivelyResolved: true });
    const client = new Client({ connectionString: subgraphDatabaseUrl(testEnv.databaseUrl, 'petitions') });
    await client.connect();
    try {
      const { rows } = await client.query<{ id: string; kept: unknown; fresh: unknown }>(`
        select p.id,
          to_jsonb(array[p.clock_reply_met::text, p.clock_reply_due_at::text, p.clock_reply_on_time::text, p.clock_result_met::text, p.clock_result_due_at::text, p.clock_result_on_time::text, p.clock_open_due_ats::text]) as kept,
          (select to_jsonb(array[
             coalesce(bool_or(c.met_at is not null) filter (where c.rule like 'PROCEDURAL_REPLY%'), false)::text,
             (min(c.due_at) filter (where c.rule like 'PROCEDURAL_REPLY%'))::text,
             coalesce(bool_or(c.met_at <= c.due_at and c.missed_at is null) filter (where c.rule like 'PROCEDURAL_REPLY%'), false)::text,
             coalesce(bool_or(c.met_at is not null) filter (where c.rule = 'HANDLING_RESULT'), false)::text,
             (min(c.due_at) filter (where c.rule = 'HANDLING_RESULT'))::text,
             coalesce(bool_or(c.met_at <= c.due_at and c.missed_at is null) filter (where c.rule = 'HANDLING_RESULT'), false)::text,
             coalesce(array_agg(c.due_at order by c.due_at) filter (where c.met_at is null and c.due_at is not null), '{}')::text])
           from deadline_clock c where c.subject_type = 'Petition' and c.subject_id = p.id::text) as fresh
        from petition p where p.id = any($1::uuid[])`, [Object.values(ids)]);
      expect(rows).toHaveLength(Object.values(ids).length);
      for (const row of rows) expect({ id: row.id, summary: row.kept }).toEqual({ id: row.id, summary: row.fresh });
      // Not trivially equal: the petitions' clocks differ, and so do their summaries.
      expect(new Set(rows.map((row) => JSON.stringify(row.kept))).size).toBeGreaterThan(1);
    } finally {
      await client.end();
    }
  });

  it('keeps each day\'s figures as its petitions change, equal to a recount', async () => {
    const agencyIds = Object.values(city.agencies).map((agency) => agency.id);
    const client = new Client({ connectionString: subgraphDatabaseUrl(testEnv.databaseUrl, 'petitions') });
    await client.connect();
    try {
      const kept = await client.query<Record<string, unknown>>('select * from petition_daily_figures where agency_id = any($1)', [agencyIds]);
      const recounted = await client.query<Record<string, unknown>>(
        'select f.* from petition p cross join lateral petition_figures(p) f where p.receiving_agency_id = any($1)', [agencyIds]);
      expect(byDay(kept.rows)).toEqual(byDay(recounted.rows));
      expect(Object.keys(byDay(kept.rows)).length).toBeGreaterThanOrEqual(3);

      const kinds = await client.query<{ agency_id: string; day: string; kind: string; key: string; count: number }>(
        'select agency_id, day::text, kind, key, count from petition_daily_kinds where agency_id = any($1) and count <> 0 order by 1, 2, 3, 4', [agencyIds]);
      const kindsRecounted = await client.query<{ agency_id: string; day: string; kind: string; key: string; count: number }>(`
        select p.receiving_agency_id as agency_id, (p.received_at at time zone 'Asia/Shanghai')::date::text as day, k.kind, k.key, count(*)::int as count
        from petition p cross join lateral (values ('channel', p.channel::text), ('category', p.category::text)) k(kind, key)
        where p.receiving_agency_id = any($1) group by 1, 2, 3, 4 order by 1, 2, 3, 4`, [agencyIds]);
      expect(kinds.rows).toEqual(kindsRecounted.rows);
    } finally {
      await client.end();
    }
  });

  it('counts whole days from the figures kept and the period\'s partial days from their petitions, alike', async () => {
    const query = `query($agencyId: ID!, $from: DateTimeISO!, $to: DateTimeISO!) {
      petitionStatistics(agencyId: $agencyId, from: $from, to: $to) { total { ${FIGURES} } byChannel { key count } }
    }`;
    const statistics = async (from: number, to: number) => (await city.handler.query<{ petitionStatistics: { total: Record<string, unknown>; byChannel: { key: string; count: number }[] } }>(
      query, { agencyId: city.agencies.procuratorate.id, from: new Date(from), to: new Date(to) })).petitionStatistics;
    const now = Date.now();
    // Both ends at midnight or after every petition: every petition is read from the daily figures.
    const wholeDays = await statistics(now - 30 * DAY, now + DAY);
    // Ending now, mid-day: today's petitions are counted one by one, with the same result.
    const endingNow = await statistics(now - 30 * DAY, now + 60_000);
    expect(endingNow.total).toEqual(wholeDays.total);
    expect(new Set(endingNow.byChannel.map(({ key, count }) => `${key}:${count}`))).toEqual(new Set(wholeDays.byChannel.map(({ key, count }) => `${key}:${count}`)));
    // Two hours within one day: only the unanswered petition, its reply overdue.
    const unanswered = await statistics(now - 10 * DAY - 3600_000, now - 10 * DAY + 3600_000);
    expect(unanswered.total).toEqual({
      received: 1, accepted: 0, declined: 0, transferredOut: 0, proceduralRepliesDue: 1, proceduralRepliesOnTime: 0, proceduralReplyOnTimeRate: 0,
      resultsDue: 0, resultsOnTime: 0, closed: 0, substantivelyResolved: 0, group: 0, repeat: 0, leapfrog: 0, overdueNow: 1,
    });
  });
});

/** Daily figure rows summed per agency and day, rows of nothing but zeros left out. */
function byDay(rows: Record<string, unknown>[]): Record<string, Record<string, number>> {
  const days: Record<string, Record<string, number>> = {};
  for (const { agency_id: agencyId, day, ...figures } of rows) {
    const key = `${String(agencyId)} ${new Date(day as string).toISOString()}`;
    const sums = (days[key] ??= {});
    for (const [figure, count] of Object.entries(figures)) sums[figure] = (sums[figure] ?? 0) + Number(count);
  }
  return Object.fromEntries(Object.entries(days).filter(([, sums]) => Object.values(sums).some((count) => count !== 0)));
}

