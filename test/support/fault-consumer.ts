import { EventEmitter } from 'node:events';
import { randomUUID } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/postgresql';
import { PetitionRegistered, createConsumerRunner, createLogger, on } from '@xinfang/kit';
import type { Component, ContractHandler } from '@xinfang/kit';
import type { Logger } from 'pino';
import { faultDatabase, faultTopic } from './fault-outbox';
import { testKafka } from './kafka-access';
import { TopicListener } from './kafka-listener';

/** The effect every fault consumer applies: one row per application, so a duplicate effect shows as two. */
export const recordEffect = (applier = 0): ContractHandler => on(PetitionRegistered, async (event, em) => {
  await em.execute('insert into fault_effect (event_id, applied_by) values (?, ?)', [event.id, applier]);
});

/** The kit's consumer runner in the test's process, in a group of its own on a fault topic. */
export async function startFaultConsumer(orm: MikroORM, topic: string, options: { group?: string; handlers?: ContractHandler[]; sessionTimeoutMs?: number; logger?: Logger } = {}): Promise<Component & { groupId: string }> {
  const groupId = options.group ?? `fault-${randomUUID().slice(0, 8)}`;
  const runner = createConsumerRunner({
    orm, kafka: testKafka(groupId), logger: options.logger ?? createLogger(groupId, 'silent'), signals: new EventEmitter(), groupId,
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

/** What a consumer runner's group-join log lines said: one entry per (re)join, with the partitions it got. */
export function groupJoins(): { logger: Logger; joins: { memberId: string; partitions: Record<string, number[]> }[] } {
  const joins: { memberId: string; partitions: Record<string, number[]> }[] = [];
  const logger = createLogger('fault-consumer', 'info', {
    write(line: string) {
      const entry = JSON.parse(line) as { msg?: string; memberId: string; partitions: Record<string, number[]> };
      if (entry.msg === 'consumer group assigned partitions') joins.push({ memberId: entry.memberId, partitions: entry.partitions });
    },
  });
  return { logger, joins };
}

/** The group's state and members, as the broker sees it. */
export async function describeGroup(groupId: string): Promise<{ state: string; members: number }> {
  const admin = testKafka('fault-groups').admin();
  await admin.connect();
  try {
    const { groups: [group] } = await admin.describeGroups([groupId]);
    return { state: group?.state ?? 'Unknown', members: group?.members.length ?? 0 };
  } finally {
    await admin.disconnect();
  }
}

/** What a relay fault test watches: its database, its topic, a listener on it and a consumer applying it. */
export interface RelayFault {
  orm: MikroORM;
  url: string;
  topic: string;
  listener: TopicListener;
  consumer: Component & { groupId: string };
  stop(): Promise<void>;
}

export async function startRelayFault(database: string, label: string): Promise<RelayFault> {
  const { orm, url } = await faultDatabase(database);
  const topic = await faultTopic(label);
  const listener = await TopicListener.start(topic);
  const consumer = await startFaultConsumer(orm, topic);
  return {
    orm, url, topic, listener, consumer,
    async stop() {
      await consumer.stop();
      await listener.stop();
      await orm.close();
    },
  };
}
