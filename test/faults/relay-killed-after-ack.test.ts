import { randomUUID } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/postgresql';
import { consumedAll, startRelayFault } from '../support/fault-consumer';
import type { RelayFault } from '../support/fault-consumer';
import { effectCounts, pendingRows, queueEvents } from '../support/fault-outbox';
import { eventually } from '../support/kafka-listener';
import type { TopicListener } from '../support/kafka-listener';
import { MessagingProcess } from '../support/messaging-process';

/**
 * Fault 2: the relay is killed (SIGKILL) after Kafka acknowledged a batch but before the rows
 * were marked sent. The kit's relay runs in a child process whose producer kills it right
 * after `sendBatch` resolves; a relay started afterwards publishes the same events again,
 * and the consumer runner's inbox applies each once.
 */
describe('a relay killed after Kafka acknowledged', () => {
  let orm: MikroORM;
  let url: string;
  let topic: string;
  let listener: TopicListener;
  let consumer: RelayFault['consumer'];
  let fault: RelayFault;
  let survivor: MessagingProcess | undefined;

  beforeAll(async () => {
    fault = await startRelayFault('fault_relay_ack_test', 'relay-after-ack');
    ({ orm, url, topic, listener, consumer } = fault);
  });

  afterAll(async () => {
    await survivor?.stop();
    await fault.stop();
  });

  it('publishes the batch again and applies each event once', async () => {
    const events = await queueEvents(orm, topic, [randomUUID(), randomUUID(), randomUUID()]);
    const ids = events.map((event) => event.id);

    const killed = await MessagingProcess.start({ role: 'relay', databaseUrl: url, dieAfter: 1 });
    expect(await killed.ended).toBe('SIGKILL');
    // Kafka had them, the outbox still says pending: exactly the window the fault is about.
    await eventually(async () => listener.all((m) => ids.includes(m.headers['event-id']!)).length, (seen) => seen === 3);
    expect(await pendingRows(orm)).toBe(3);

    survivor = await MessagingProcess.start({ role: 'relay', databaseUrl: url });
    await eventually(() => pendingRows(orm), (pending) => pending === 0);
    await eventually(async () => listener.all((m) => ids.includes(m.headers['event-id']!)).length, (seen) => seen === 6);

    // The consumer has read both copies of each (its offsets are at the end), and applied each once.
    await eventually(() => consumedAll(consumer.groupId, topic), (done) => done);
    const applied = await effectCounts(orm);
    expect(ids.map((id) => applied.get(id))).toEqual([1, 1, 1]);
    const [{ inboxed }] = await orm.em.fork().execute<{ inboxed: string }[]>('select count(*) as inboxed from inbox_entry where event_id in (?)', [ids]);
    expect(Number(inboxed)).toBe(3);
  });
});
