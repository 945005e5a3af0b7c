import { randomUUID } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/postgresql';
import { Partitioners } from 'kafkajs';
import { PetitionRegistered, createEvent, on } from '@xinfang/kit';
import type { Component } from '@xinfang/kit';
import { consumedAll, startFaultConsumer } from '../support/fault-consumer';
import { effectCounts, faultDatabase, faultTopic } from '../support/fault-outbox';
import { testKafka } from '../support/kafka-access';
import { TopicListener, eventually } from '../support/kafka-listener';

const BROKEN = 'XF-FAULT-BREAKS-THE-HANDLER';

/**
 * Fault 7: malformed and schema-invalid events, and one whose handler keeps failing, go to
 * the topic's dead-letter topic with their reason (the failing one after the runner's bounded
 * retries, three attempts), and the partition keeps moving: a good event behind them, on the
 * same key and so the same partition, is applied.
 */
describe('poison events', () => {
  let orm: MikroORM;
  let topic: string;
  let deadLetters: TopicListener;
  let consumer: Component & { groupId: string };
  let attempts = 0;

  beforeAll(async () => {
    ({ orm } = await faultDatabase('fault_poison_test'));
    topic = await faultTopic('poison');
    deadLetters = await TopicListener.start(`${topic}.dlq`);
    consumer = await startFaultConsumer(orm, topic, {
      handlers: [on(PetitionRegistered, async (event, em) => {
        if (event.data.trackingNumber === BROKEN) {
          attempts += 1;
          throw new Error('the projection cannot take it');
        }
        await em.execute('insert into fault_effect (event_id, applied_by) values (?, 0)', [event.id]);
      })],
    });
  });

  afterAll(async () => {
    await consumer.stop();
    await deadLetters.stop();
    await orm.close();
  });

  const registered = (trackingNumber: string) => {
    const petitionId = randomUUID();
    return createEvent(PetitionRegistered, petitionId, {
      petitionId, trackingNumber, channel: 'LETTER', category: 'APPEAL', receivingAgencyId: 'fault-procuratorate', receivedAt: new Date().toISOString(),
    }, { service: 'petitions', agencyId: 'fault-procuratorate' });
  };

  it('parks each with its reason after bounded retries, and applies the good event behind them', async () => {
    const invalid = registered('XF-FAULT-INVALID');
    const failing = registered(BROKEN);
    const good = registered('XF-FAULT-GOOD');
    const values = [
      'not JSON at all {',
      JSON.stringify({ ...good, id: randomUUID(), type: 'NoSuchEvent' }),
      JSON.stringify({ ...invalid, data: { ...invalid.data, petitionId: 'not-a-uuid' } }),
      JSON.stringify(failing),
      JSON.stringify(good),
    ];
    const producer = testKafka('fault-poison').producer({ createPartitioner: Partitioners.DefaultPartitioner });
    await producer.connect();
    // One key, so one partition: the good event waits behind the others unless they are parked.
    await producer.send({ topic, messages: values.map((value, index) => ({ key: 'one-matter', value, headers: { 'test-index': String(index) } })) });
    await producer.disconnect();

    const parked = await eventually(async () => deadLetters.all(() => true), (found) => found.length >= 4);
    const reasons = parked.map((message) => [message.headers['test-index'], message.headers['dlq-reason']]);
    expect(reasons).toEqual([
      ['0', 'value is not JSON'],
      ['1', 'unknown event type "NoSuchEvent"'],
      ['2', expect.stringContaining('does not match PetitionRegistered v1: data.petitionId')],
      ['3', 'failed after 3 attempts: the projection cannot take it'],
    ]);
    expect(parked.every((message) => message.headers['dlq-original-topic'] === topic && message.headers['dlq-consumer-group'] === consumer.groupId)).toBe(true);
    expect(attempts).toBe(3);

    await eventually(() => consumedAll(consumer.groupId, topic), (done) => done);
    expect([...(await effectCounts(orm))]).toEqual([[good.id, 1]]);
  });
});
