import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { MikroORM } from '@mikro-orm/postgresql';
import { Partitioners } from 'kafkajs';
import { PetitionRegistered, createEvent, on } from '@xinfang/kit';
import type { Component } from '@xinfang/kit';
import { consumedAll, describeGroup, groupJoins, startFaultConsumer } from '../support/fault-consumer';
import { effectCounts, faultDatabase, faultTopic } from '../support/fault-outbox';
import { testKafka } from '../support/kafka-access';
import { eventually } from '../support/kafka-listener';
import { MessagingProcess } from '../support/messaging-process';

/** The broker's smallest session timeout: a killed member is noticed after this long. */
const SESSION_TIMEOUT_MS = 6_000;
const SLOW = 'XF-FAULT-SLOW';

/**
 * Fault 5: a consumer killed mid-batch, and a handler that runs longer than the session
 * timeout. The killed one is the kit's consumer runner in a child process, SIGKILLed right
 * after an event's effect committed and before its offset did: the replica that takes its
 * partitions reads that event again, and the inbox makes it a no-op. The slow handler keeps
 * its member in the group because the runner heartbeats while it works: no member is evicted,
 * nobody rejoins, and the event is applied once.
 */
describe('consumers killed mid-batch and handlers slower than the session', () => {
  let orm: MikroORM;
  let url: string;
  const stoppers: (() => Promise<void>)[] = [];

  beforeAll(async () => {
    ({ orm, url } = await faultDatabase('fault_consumer_test'));
  });

  afterAll(async () => {
    for (const stop of stoppers.reverse()) await stop();
    await orm.close();
  });

  const registered = (trackingNumber = 'XF-FAULT') => {
    const petitionId = randomUUID();
    return createEvent(PetitionRegistered, petitionId, {
      petitionId, trackingNumber, channel: 'LETTER', category: 'APPEAL', receivingAgencyId: 'fault-procuratorate', receivedAt: new Date().toISOString(),
    }, { service: 'petitions', agencyId: 'fault-procuratorate' });
  };

  const publish = async (topic: string, events: { id: string; subject: string }[]) => {
    const producer = testKafka('fault-consumers').producer({ createPartitioner: Partitioners.DefaultPartitioner });
    await producer.connect();
    await producer.send({ topic, messages: events.map((event) => ({ key: event.subject, value: JSON.stringify(event) })) });
    await producer.disconnect();
  };

  const committedTotal = async (groupId: string, topic: string) => {
    const admin = testKafka('fault-offsets').admin();
    await admin.connect();
    const [offsets] = await admin.fetchOffsets({ groupId, topics: [topic] });
    await admin.disconnect();
    return (offsets?.partitions ?? []).reduce((sum, partition) => sum + Math.max(Number(partition.offset), 0), 0);
  };

  it('applies once what a killed consumer had applied but not committed', async () => {
    const topic = await faultTopic('consumer-killed');
    const group = `fault-killed-${randomUUID().slice(0, 8)}`;
    const events = Array.from({ length: 12 }, () => registered());

    const killed = await MessagingProcess.start({ role: 'consumer', databaseUrl: url, topic, group, sessionTimeoutMs: SESSION_TIMEOUT_MS, dieAfter: 3 });
    stoppers.push(() => killed.stop());
    await eventually(() => describeGroup(group), (found) => found.state === 'Stable');
    await publish(topic, events);
    expect(await killed.ended).toBe('SIGKILL');
    // Three effects committed, and fewer offsets: the third event must be read again.
    const applied = await effectCounts(orm);
    expect(events.filter((event) => applied.has(event.id))).toHaveLength(3);
    expect(await committedTotal(group, topic)).toBeLessThan(3);

    const replica = await startFaultConsumer(orm, topic, { group, sessionTimeoutMs: SESSION_TIMEOUT_MS });
    stoppers.push(() => replica.stop());
    await eventually(() => consumedAll(group, topic), (done) => done);
    const final = await effectCounts(orm);
    expect(events.map((event) => final.get(event.id))).toEqual(events.map(() => 1));
  });

  it('keeps a member whose handler outlives the session timeout: no eviction, no rejoin, one effect', async () => {
    const topic = await faultTopic('consumer-slow');
    const group = `fault-slow-${randomUUID().slice(0, 8)}`;
    const { logger, joins } = groupJoins();
    const handlers = [on(PetitionRegistered, async (event, em) => {
      if (event.data.trackingNumber === SLOW) await sleep(SESSION_TIMEOUT_MS * 1.5);
      await em.execute('insert into fault_effect (event_id, applied_by) values (?, 0)', [event.id]);
    })];
    for (let member = 0; member < 2; member++) {
      const consumer: Component = await startFaultConsumer(orm, topic, { group, handlers, logger, sessionTimeoutMs: SESSION_TIMEOUT_MS });
      stoppers.push(() => consumer.stop());
    }
    // Settled: two members whose latest assignments share the three partitions between them.
    const latest = () => [...new Map(joins.map((join) => [join.memberId, join.partitions[topic] ?? []])).values()];
    await eventually(async () => ({ group: await describeGroup(group), split: latest().flat().sort() }),
      ({ group: found, split }) => found.state === 'Stable' && found.members === 2 && latest().length === 2 && split.join() === '0,1,2');
    const settledJoins = joins.length;

    const events = [registered(SLOW), ...Array.from({ length: 6 }, () => registered())];
    await publish(topic, events);
    await eventually(() => consumedAll(group, topic), (done) => done, SESSION_TIMEOUT_MS * 4);

    expect(joins.length).toBe(settledJoins);
    expect(await describeGroup(group)).toEqual({ state: 'Stable', members: 2 });
    const applied = await effectCounts(orm);
    expect(events.map((event) => applied.get(event.id))).toEqual(events.map(() => 1));
  }, 60_000);
});
