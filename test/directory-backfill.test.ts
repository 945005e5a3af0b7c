import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { agenciesSubgraph } from '@xinfang/agencies';
import { subgraphDatabaseUrl } from '@xinfang/kit';
import { DIRECTORY_COPIES, projected } from './support/directory';
import { startInProcess } from './support/in-process';
import { eventually } from './support/kafka-listener';
import { testEnv } from './support/test-env';

const DATABASE = 'agencies_kept_data_test';

/**
 * A developer's kept database holds agencies registered before agencies announced anything.
 * Migrating it announces each of them once, so the other subgraphs' copies know them too.
 */
describe('agencies kept from before the directory topic', () => {
  let db: Client;

  beforeAll(async () => {
    db = new Client({ connectionString: subgraphDatabaseUrl(testEnv.databaseUrl, DATABASE) });
  });

  afterAll(async () => {
    await db.end();
  });

  const announcements = async (id: string) => (await db.query<{ sent_at: Date | null }>(
    `select sent_at from outbox_message where message_key = $1 and event_type = 'AgencyRegistered'`, [id])).rows;

  it('are announced once, when the database is migrated, and reach every copy', async () => {
    const before = await startInProcess({ ...agenciesSubgraph, migrations: agenciesSubgraph.migrations.slice(0, 1) }, { database: DATABASE });
    await before.stop();
    await db.connect();
    const id = `kept-court-${randomBytes(4).toString('hex')}`;
    await db.query(
      `insert into agency (id, name, english_name, type, level, parent_id, region_code, region_name, created_at)
       values ($1, '保留数据法院', 'A court from kept data', 'COURT', 'COUNTY', null, '340321', '怀远县', now())`, [id]);

    const migrated = await startInProcess(agenciesSubgraph, { database: DATABASE });
    await eventually(() => announcements(id), (rows) => rows.length === 1 && rows[0]?.sent_at !== null);
    await migrated.stop();
    const restarted = await startInProcess(agenciesSubgraph, { database: DATABASE });
    await restarted.stop();
    expect(await announcements(id)).toHaveLength(1);

    const copies = await projected([id]);
    expect(copies).toEqual(Object.fromEntries(DIRECTORY_COPIES.map((copy) => [copy, [{ id, active: true, revision: 1 }]])));
  }, 90_000);
});
