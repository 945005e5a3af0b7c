import { randomBytes, scrypt } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { residentIdCheckCharacter, subgraphDatabaseUrl } from '@xinfang/kit';
import { copyPetitionsUpTo } from './bulk-petitions';
import { post } from './graphql-post';
import { load } from './load';
import type { LoadResult } from './load';
import { latency } from './measure';
import type { LatencySummary } from './measure';

const CITY = 'bengbu-procuratorate';
const REGISTRATION_CLIENTS = 50;
const QUERY_ROUNDS = 200;

const REGISTER = `mutation($input: RegisterPetitionInput!) { registerPetition(input: $input) { petition { id trackingNumber } } }`;
const OVERDUE = `query($agencyId: ID!) { overduePetitions(agencyId: $agencyId, first: 20) {
  edges { node { daysLeft deadline { rule dueAt } petition { trackingNumber status } } } pageInfo { hasNextPage } } }`;
const STATISTICS = `query($agencyId: ID!, $from: DateTimeISO!, $to: DateTimeISO!) { petitionStatistics(agencyId: $agencyId, from: $from, to: $to) {
  agencies total { received accepted closed overdueNow } months { month received } byChannel { key count } } }`;
const HISTORY = `query($idNumber: String!) { personPetitionHistory(person: { idNumber: $idNumber }, purpose: "Benchmark: a returning petitioner's history.") {
  total petitions { trackingNumber status receivedAt } } }`;

/** A resident ID number that passes the check digit: the person whose history is looked up. */
const RETURNING_PERSON = (() => {
  const first17 = '34030219800101123';
  return `${first17}${residentIdCheckCharacter(first17)}`;
})();

export interface ScalePoint {
  petitions: number;
  loadSeconds: number;
  registrations: LoadResult;
}

export interface ScaleFigures {
  points: ScalePoint[];
  /**
   * What hashing one access code (scrypt, as the petitions subgraph does, slow on purpose)
   * costs here, and the registrations a second that alone allows on every core of the machine.
   */
  accessCodeHash: { ms: number; ceilingPerSecond: number };
  queries: { name: string; latency: LatencySummary }[];
  /** Each query's SQL plan at the largest size, as EXPLAIN (ANALYZE) shows it. */
  plans: { name: string; plan: string }[];
}

export interface ScaleActors {
  gatewayUrl: string;
  databaseUrl: string;
  reception: string;
  leader: string;
}

/**
 * Registrations per second through the gateway with 50 clients at each size, then the three
 * queries a superior asks most at the largest: what is overdue, the year's statistics, and a
 * returning person's history, each with the plan PostgreSQL chose.
 */
export async function scaleFigures(actors: ScaleActors, sizes: number[], seconds: number): Promise<ScaleFigures> {
  await registerReturningPerson(actors);
  const points: ScalePoint[] = [];
  for (const size of sizes) {
    const bulk = await copyPetitionsUpTo(subgraphDatabaseUrl(actors.databaseUrl, 'petitions'), size);
    const registrations = await load(actors.gatewayUrl, (connection, sent) => ({
      query: REGISTER, token: actors.reception,
      variables: { input: { channel: 'IN_PERSON', category: 'ACCUSATION', petitionerName: `来访人${connection}-${sent}`, summary: 'Registered under load.', request: 'An answer.' } },
    }), { connections: REGISTRATION_CLIENTS, seconds });
    if (registrations.failures > 0) throw new Error(`registrations failed under load: ${registrations.firstFailure}`);
    points.push({ petitions: bulk.petitions, loadSeconds: bulk.seconds, registrations });
  }
  const year = { from: new Date(Date.now() - 365 * 24 * 3600_000).toISOString(), to: new Date().toISOString() };
  const ask = (query: string, variables: Record<string, unknown>) => () => post(actors.gatewayUrl, query, variables, actors.leader);
  const queries = [
    { name: `\`overduePetitions\` of the city procuratorate, first 20`, latency: await latency(ask(OVERDUE, { agencyId: CITY }), QUERY_ROUNDS) },
    { name: '`petitionStatistics` of the city and its counties, last 12 months', latency: await latency(ask(STATISTICS, { agencyId: CITY, ...year }), QUERY_ROUNDS) },
    { name: '`personPetitionHistory` of a returning petitioner', latency: await latency(ask(HISTORY, { idNumber: RETURNING_PERSON }), QUERY_ROUNDS) },
  ];
  return { points, accessCodeHash: await accessCodeHashCost(), queries, plans: await explainPlans(subgraphDatabaseUrl(actors.databaseUrl, 'petitions'), year) };
}

/** scrypt with Node's defaults (N 16384, r 8), as `hashAccessCode` runs it, 20 times in a row. */
async function accessCodeHashCost(): Promise<{ ms: number; ceilingPerSecond: number }> {
  const hash = promisify(scrypt) as (password: string, salt: Buffer, keylen: number) => Promise<Buffer>;
  const started = performance.now();
  for (let round = 0; round < 20; round++) await hash('12345678', randomBytes(16), 32);
  const ms = (performance.now() - started) / 20;
  return { ms, ceilingPerSecond: (availableParallelism() * 1000) / ms };
}

/** Before the copies: a person with an ID number, some of whose copies keep it (they come back). */
async function registerReturningPerson(actors: ScaleActors): Promise<void> {
  for (let visit = 0; visit < 3; visit++) {
    await post(actors.gatewayUrl, REGISTER, { input: {
      channel: 'IN_PERSON', category: 'APPEAL', summary: 'Comes back about the same decision.', request: 'A review.',
      petitioners: [{ name: '回访人', idNumber: RETURNING_PERSON, phone: '13800000000' }],
    } }, actors.reception);
  }
}

/**
 * The statements behind the three queries, as the petitions subgraph sends them (the ORM's
 * finds written out), explained with their real timings on the loaded database.
 */
async function explainPlans(databaseUrl: string, year: { from: string; to: string }): Promise<{ name: string; plan: string }[]> {
  const { FIGURES_BY_MONTH } = await import('@xinfang/petitions/statistics-sql');
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const hash = (await client.query<{ id_number_hash: string }>(`select id_number_hash from petitioner where name = '回访人' limit 1`)).rows[0]?.id_number_hash;
    const statements = [
      { name: 'overduePetitions', sql: `select * from deadline_clock where subject_type = 'Petition' and agency_id = $1 and met_at is null and due_at is not null and due_at < now() order by due_at asc, id asc limit 21`, params: [CITY] },
      { name: 'petitionStatistics (figures by month)', sql: FIGURES_BY_MONTH.replace(/\?/g, (_: string, offset: number) => `$${[...FIGURES_BY_MONTH.slice(0, offset)].filter((c) => c === '?').length + 1}`), params: [CITY, year.from, year.to] },
      { name: 'personPetitionHistory', sql: `select * from petition where id in (select distinct petition_id from petitioner where id_number_hash = $1) order by received_at desc, id desc`, params: [hash] },
    ];
    const plans: { name: string; plan: string }[] = [];
    for (const statement of statements) {
      const rows = (await client.query<{ 'QUERY PLAN': string }>(`explain (analyze, buffers off, costs off) ${statement.sql}`, statement.params)).rows;
      plans.push({ name: statement.name, plan: rows.map((row) => row['QUERY PLAN']).join('\n') });
    }
    return plans;
  } finally {
    await client.end();
  }
}
