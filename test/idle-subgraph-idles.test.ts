import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { Client } from 'pg';
import { jointVisitsSubgraph } from '@xinfang/joint-visits';
import { subgraphDatabaseUrl } from '@xinfang/kit';
import type { RunningSubgraph } from '@xinfang/kit';
import { startInProcess } from './support/in-process';
import { kafkaSideUp } from './support/readiness';
import { testEnv } from './support/test-env';

const DATABASE = 'joint_visits_idle_test';
const IDLE_SECONDS = 6;
/**
 * How late PostgreSQL may count a commit: a busy backend flushes its counters at most once a
 * second, and one that goes idle less than a second after its last flush keeps the rest
 * pending for up to PGSTAT_IDLE_INTERVAL (10 s, pgstat.c). So the last commits of a burst of
 * events taken just before the window (a test alongside publishing a thousand petitions) can
 * land in it.
 */
const STATS_FLUSH_MS = 10_000;

/**
 * A subgraph with nothing to do must not work: its outbox relay sleeps until a transaction
 * that wrote an event commits, and only its timed poll (one short transaction a second)
 * touches the database. Found when each idle database committed ~500 transactions a second
 * because the relay's own commit woke the relay.
 */
describe('an idle subgraph', () => {
  let subgraph: RunningSubgraph;
  let maintenance: Client;

  beforeAll(async () => {
    subgraph = await startInProcess(jointVisitsSubgraph, { database: DATABASE, consumerGroupSuffix: randomUUID().slice(0, 8) });
    await kafkaSideUp(subgraph.url);
    // The counters are read from another database, so reading them commits nothing here.
    maintenance = new Client({ connectionString: testEnv.databaseUrl });
    await maintenance.connect();
  });

  afterAll(async () => {
    await maintenance.end();
    await subgraph.stop();
  });

  const commits = async (): Promise<number> => {
    await maintenance.query('select pg_stat_clear_snapshot()');
    const { rows } = await maintenance.query<{ commits: string }>('select xact_commit as commits from pg_stat_database where datname = $1', [`xinfang_${DATABASE}`]);
    return Number(rows[0]?.commits);
  };

  const serverTime = async (): Promise<Date> => (await maintenance.query<{ now: Date }>('select clock_timestamp() as now')).rows[0].now;

  /**
   * Events its consumers took between two moments: each is one transaction of real work, not
   * idling. Its groups are its own, so they start from the beginning of topics the whole test
   * run writes to: the backlog, and whatever tests running alongside publish, arrive whenever
   * they arrive. Read after the window, so the read is not counted in it.
   */
  const eventsTaken = async (from: Date, to: Date): Promise<number> => {
    const db = new Client({ connectionString: subgraphDatabaseUrl(testEnv.databaseUrl, DATABASE) });
    await db.connect();
    try {
      const { rows } = await db.query<{ taken: string }>('select count(*) as taken from inbox_entry where processed_at >= $1 and processed_at <= $2', [from, to]);
      return Number(rows[0]?.taken);
    } finally {
      await db.end();
    }
  };

  it('commits no more than its timed poll does', async () => {
    await sleep(2_000); // start-up work and the statistics it leaves behind settle
    const before = await commits();
    const from = await serverTime();
    await sleep(IDLE_SECONDS * 1_000);
    const after = await commits();
    const to = await serverTime();
    // A commit counted in the window may have happened up to STATS_FLUSH_MS before it.
    const taken = await eventsTaken(new Date(from.getTime() - STATS_FLUSH_MS), to);
    // One poll a second, allowing a little either way. The defect this guards against was
    // hundreds a second.
    expect(after - before - taken).toBeLessThanOrEqual(IDLE_SECONDS * 2);
  });
});
