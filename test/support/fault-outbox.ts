import { randomUUID } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/postgresql';
import { PetitionRegistered, createEvent, createLogger, ensureTopics, initOrm, subgraphDatabaseUrl } from '@xinfang/kit';
import { testKafka } from './kafka-access';
import { testEnv } from './test-env';

/** A database of the test's own with the kit's outbox and inbox, and a table where handlers leave their effects. */
export async function faultDatabase(name: string): Promise<{ orm: MikroORM; url: string }> {
  const url = subgraphDatabaseUrl(testEnv.databaseUrl, name);
  const orm = await initOrm({ databaseUrl: url, entities: [], migrations: [], logger: createLogger(name, 'warn') });
  await orm.em.fork().execute('create table if not exists fault_effect (event_id uuid not null, applied_by int not null)');
  return { orm, url };
}

/** A topic of the test's own (three partitions), so no platform consumer sees its events. */
export async function faultTopic(label: string): Promise<string> {
  const name = `fault.${label}.${randomUUID().slice(0, 8)}`;
  const kafka = testKafka('fault-topics');
  await ensureTopics(kafka, [{ name, partitions: 3 }, { name: `${name}.dlq`, partitions: 3 }]);
  return name;
}

/**
 * Queues valid PetitionRegistered events on `topic`, as a subgraph's transaction would, one per
 * key in the order given (so keys may interleave); returns their ids in the outbox's order.
 */
export async function queueEvents(orm: MikroORM, topic: string, keys: string[]): Promise<{ id: string; key: string }[]> {
  const queued: { id: string; key: string }[] = [];
  for (const key of keys) {
    const event = createEvent(PetitionRegistered, key, {
      petitionId: key, trackingNumber: `XF-FAULT-${key.slice(0, 8)}`, channel: 'LETTER', category: 'APPEAL',
      receivingAgencyId: 'fault-procuratorate', receivedAt: new Date().toISOString(),
    }, { service: 'petitions', agencyId: 'fault-procuratorate' });
    await orm.em.fork().execute(
      'insert into outbox_message (id, topic, message_key, event_type, payload, created_at) values (?, ?, ?, ?, ?, now())',
      [event.id, topic, key, event.type, JSON.stringify(event)],
    );
    queued.push({ id: event.id, key });
  }
  return queued;
}

/** How many rows are still waiting to be published. */
export async function pendingRows(orm: MikroORM): Promise<number> {
  const [row] = await orm.em.fork().execute<{ pending: string }[]>('select count(*) as pending from outbox_message where sent_at is null');
  return Number(row?.pending);
}

/** How often each event's effect was applied. */
export async function effectCounts(orm: MikroORM): Promise<Map<string, number>> {
  const rows = await orm.em.fork().execute<{ event_id: string; applied: string }[]>('select event_id, count(*) as applied from fault_effect group by event_id');
  return new Map(rows.map((row) => [row.event_id, Number(row.applied)]));
}
