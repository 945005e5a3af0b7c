import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { Client } from 'pg';
import { jointVisitsSubgraph } from '@xinfang/joint-visits';
import type { RunningSubgraph } from '@xinfang/kit';
import { startInProcess } from './support/in-process';
import { kafkaSideUp } from './support/readiness';
import { testEnv } from './support/test-env';

const DATABASE = 'joint_visits_idle_test';
const IDLE_SECONDS = 6;

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

  it('commits no more than its timed poll does', async () => {
    await sleep(2_000); // start-up work and the statistics it leaves behind settle
    const before = await commits();
    await sleep(IDLE_SECONDS * 1_000);
    const after = await commits();
    // One poll a second; PostgreSQL flushes a backend's counters about once a second, so
    // allow a little either way. The defect this guards against was hundreds a second.
    expect(after - before).toBeLessThanOrEqual(IDLE_SECONDS * 2);
  });
});
