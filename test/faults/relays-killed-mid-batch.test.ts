import { randomUUID } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/postgresql';
import { consumedAll, startRelayFault } from '../support/fault-consumer';
import type { RelayFault } from '../support/fault-consumer';
import { effectCounts, pendingRows, queueEvents } from '../support/fault-outbox';
import { eventually } from '../support/kafka-listener';
import type { TopicListener } from '../support/kafka-listener';
import { MessagingProcess } from '../support/messaging-process';

const KEYS = 4;
const EVENTS_PER_KEY = 12;

/**
 * Fault 3: the relay is killed mid-batch (SIGKILL after its third batch was acknowledged, its
 * rows not yet marked), and three relays, as three replicas of a subgraph would, then run at
 * once on the same outbox, one of them set to die too. Everything is delivered, nothing stays
 * pending, each event is applied once, and each aggregate's events arrive in the order they were
 * written. The order holds because only one relay at a time may publish (a transaction-scoped
 * advisory lock in the kit's relay); relays that each take other rows (SKIP LOCKED) fail this test.
 */
describe('relays killed mid-batch, three running at once', () => {
  let orm: MikroORM;
  let url: string;
  let topic: string;
  let listener: TopicListener;
  let consumer: RelayFault['consumer'];
  let fault: RelayFault;
  const relays: MessagingProcess[] = [];

  beforeAll(async () => {
    fault = await startRelayFault('fault_relay_replicas_test', 'relay-replicas');
    ({ orm, url, topic, listener, consumer } = fault);
  });

  afterAll(async () => {
    await Promise.all(relays.map((relay) => relay.stop()));
    await fault.stop();
  });

  it('delivers everything, applies it once, and keeps each aggregate in order', async () => {
    const aggregates = Array.from({ length: KEYS }, () => randomUUID());
    // Interleaved, as concurrent requests write them: a1 a2 a3 a4 a1 a2 ...
    const write = (count: number) => queueEvents(orm, topic, Array.from({ length: count }, (_, index) => aggregates[index % KEYS]!));
    const queued = await write((KEYS * EVENTS_PER_KEY) / 2);

    const first = await MessagingProcess.start({ role: 'relay', databaseUrl: url, batchSize: 4, dieAfter: 3 });
    expect(await first.ended).toBe('SIGKILL');
    expect(await pendingRows(orm)).toBe(queued.length - 8); // two batches marked, the third published but not marked

    // Three replicas behind a slow broker, while the other half is written.
    const replica = (dieAfter?: number) => MessagingProcess.start({ role: 'relay', databaseUrl: url, batchSize: 4, sendDelayMs: 30, dieAfter });
    relays.push(...await Promise.all([replica(4), replica(), replica()]));
    queued.push(...await write((KEYS * EVENTS_PER_KEY) / 2));
    await eventually(() => pendingRows(orm), (pending) => pending === 0);

    const ids = new Set(queued.map((event) => event.id));
    const received = await eventually(async () => listener.all((m) => ids.has(m.headers['event-id']!)), (seen) => new Set(seen.map((m) => m.headers['event-id'])).size === ids.size);
    expect(received.length).toBeGreaterThanOrEqual(ids.size + 4); // the killed relay's last batch came twice
    for (const aggregate of aggregates) {
      const written = queued.filter((event) => event.key === aggregate).map((event) => event.id);
      const arrived = [...new Set(received.filter((m) => m.key === aggregate).map((m) => m.headers['event-id']))];
      expect(arrived).toEqual(written);
    }

    await eventually(() => consumedAll(consumer.groupId, topic), (done) => done);
    const applied = await effectCounts(orm);
    expect(queued.map((event) => applied.get(event.id))).toEqual(queued.map(() => 1));
  });
});
