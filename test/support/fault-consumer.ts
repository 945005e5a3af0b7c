import { EventEmitter } from 'node:events';
import { randomUUID } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/postgresql';
import { PetitionRegistered, createConsumerRunner, createLogger, on } from '@xinfang/kit';
import type { Component, ContractHandler } from '@xinfang/kit';
import { testKafka } from './kafka-access';

/** The effect every fault consumer applies: one row per application, so a duplicate effect shows as two. */
export const recordEffect = (applier = 0): ContractHandler => on(PetitionRegistered, async (event, em) => {
  await em.execute('insert into fault_effect (event_id, applied_by) values (?, ?)', [event.id, applier]);
});

/** The kit's consumer runner in the test's process, in a group of its own on a fault topic. */
export async function startFaultConsumer(orm: MikroORM, topic: string, options: { group?: string; handlers?: ContractHandler[]; sessionTimeoutMs?: number } = {}): Promise<Component & { groupId: string }> {
  const groupId = options.group ?? `fault-${randomUUID().slice(0, 8)}`;
  const runner = createConsumerRunner({
    orm, kafka: testKafka(groupId), logger: createLogger(groupId, 'silent'), signals: new EventEmitter(), groupId,
    topics: [{ name: topic, partitions: 3 }], handlers: options.handlers ?? [recordEffect()], sessionTimeoutMs: options.sessionTimeoutMs,
  });
  await runner.start();
  return { ...runner, groupId };
}

/** Whether the group has committed offsets up to the end of every partition of the topic: it has read everything. */
export async function consumedAll(groupId: string, topic: string): Promise<boolean> {
  const admin = testKafka('fault-offsets').admin();
  await admin.connect();
  try {
    const ends = await admin.fetchTopicOffsets(topic);
    const [committed] = await admin.fetchOffsets({ groupId, topics: [topic] });
    // An empty partition has nothing to commit (its offset stays -1).
    return ends.every((end) => end.high === end.low || committed?.partitions.find((p) => p.partition === end.partition)?.offset === end.high);
  } finally {
    await admin.disconnect();
  }
}
