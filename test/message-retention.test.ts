import { agenciesSubgraph } from '@xinfang/agencies';
import type { RunningSubgraph } from '@xinfang/kit';
import { startInProcess } from './support/in-process';
import { eventually } from './support/kafka-listener';

const DATABASE = 'agencies_retention_test';
const retention = { outboxDays: 7, inboxDays: 30, intervalMs: 200 };

/**
 * Two replicas prune the outbox and inbox tables on their own schedule: what is past its
 * retention goes (in batches, shared between them), what is younger stays, and an event not
 * yet sent stays whatever its age.
 */
describe('message retention', () => {
  let replicas: RunningSubgraph[];
  const sql = <Row>(query: string) => replicas[0]!.orm.em.getConnection().execute<Row[]>(query);
  const count = async (query: string) => Number((await sql<{ count: string }>(query))[0]!.count);

  beforeAll(async () => {
    // The first replica creates the tables; the old rows go in before the second one starts.
    replicas = [await startInProcess(agenciesSubgraph, { database: DATABASE, messageRetention: { ...retention, intervalMs: 3_600_000 } })];
    await sql(`insert into outbox_message (id, topic, message_key, event_type, payload, created_at, sent_at)
      select gen_random_uuid(), 'retention.test.v1', 'k', 'Old', '{}', now() - interval '9 days', now() - interval '8 days' from generate_series(1, 12000)`);
    await sql(`insert into outbox_message (id, topic, message_key, event_type, payload, created_at, sent_at) values
      (gen_random_uuid(), 'retention.test.v1', 'k', 'Recent', '{}', now() - interval '6 days', now() - interval '6 days'),
      (gen_random_uuid(), 'retention.test.v1', 'k', 'Unsent', '{}', now() - interval '100 days', null)`);
    await sql(`insert into inbox_entry (consumer_group, event_id, event_type, processed_at) values
      ('retention-test', gen_random_uuid(), 'Old', now() - interval '31 days'),
      ('retention-test', gen_random_uuid(), 'Recent', now() - interval '29 days')`);
  });

  afterAll(async () => {
    await sql(`delete from outbox_message where topic = 'retention.test.v1'; delete from inbox_entry where consumer_group = 'retention-test'`);
    await Promise.all(replicas.map((replica) => replica.stop()));
  });

  it('removes what is past its retention and keeps the rest', async () => {
    replicas.push(...(await Promise.all([1, 2].map(() => startInProcess(agenciesSubgraph, { database: DATABASE, messageRetention: retention })))));
    await eventually(() => count(`select count(*) from outbox_message where event_type = 'Old'`), (left) => left === 0, 30_000);
    await eventually(() => count(`select count(*) from inbox_entry where consumer_group = 'retention-test' and event_type = 'Old'`), (left) => left === 0, 30_000);
    const kept = await sql<{ event_type: string }>(`select event_type from outbox_message where topic = 'retention.test.v1'
      union all select event_type from inbox_entry where consumer_group = 'retention-test' order by 1`);
    expect(kept.map((row) => row.event_type)).toEqual(['Recent', 'Recent', 'Unsent']);
  });
});
