import { setTimeout as sleep } from 'node:timers/promises';
import { Kafka, logLevel } from 'kafkajs';
import type { Admin, KafkaConfig, logCreator } from 'kafkajs';
import type { Logger } from 'pino';
import type { TopicSpec } from '../events/contract';
import { topicSettingsOf, useTopicSettings } from './topic-settings';
import type { TopicSettings } from './topic-settings';

/** KafkaJS logs through the service's JSON logger. */
function pinoLogCreator(logger: Logger): logCreator {
  return () => ({ level, log }) => {
    const { message, ...extra } = log;
    // Our guarantee is at least once with de-duplication in the inbox, not Kafka's exactly-once.
    if (message.startsWith('Limiting retries for the idempotent producer')) return;
    const line = { kafka: extra.logger, broker: extra.broker, error: extra.error };
    // A broker's error response ("the group coordinator is not available" while a fresh broker
    // elects one) is retried by KafkaJS, and what still fails after that reaches the relay or
    // consumer, which logs it with what it means for the service.
    if (message.startsWith('Response ')) logger.debug(line, message);
    else if (level === logLevel.ERROR) logger.error(line, message);
    else if (level === logLevel.WARN) logger.warn(line, message);
    else logger.debug(line, message);
  };
}

/** TLS and SASL credentials of a client that authenticates (an agency's own system, a real cluster). */
export type KafkaSecurity = Pick<KafkaConfig, 'ssl' | 'sasl'>;

export function createKafka(clientId: string, brokers: string[], logger: Logger, security: KafkaSecurity = {}, topics?: TopicSettings): Kafka {
  const kafka = new Kafka({
    clientId,
    brokers,
    ...security,
    logLevel: logLevel.WARN,
    logCreator: pinoLogCreator(logger.child({ component: 'kafka' })),
    connectionTimeout: 3000,
    // Retries are short: the outbox relay and consumer runner retry on their own schedule.
    retry: { initialRetryTime: 200, retries: 5, maxRetryTime: 5000 },
  });
  if (topics) useTopicSettings(kafka, topics);
  return kafka;
}

/** Creates the topics a service produces to or consumes from, with explicit partition counts. */
export async function ensureTopics(kafka: Kafka, topics: TopicSpec[]): Promise<void> {
  if (topics.length === 0) return;
  const admin = kafka.admin();
  await admin.connect();
  try {
    const existing = new Set(await admin.listTopics());
    // A subgraph may produce and consume a topic, or two of its consumers read one: name each
    // once, or Kafka refuses the whole request.
    const missing = [...new Map(topics.map((topic) => [topic.name, topic])).values()].filter((topic) => !existing.has(topic.name));
    if (missing.length === 0) return;
    const { replicationFactor, minInsyncReplicas } = topicSettingsOf(kafka);
    const configEntries = minInsyncReplicas !== undefined ? [{ name: 'min.insync.replicas', value: String(minInsyncReplicas) }] : [];
    try {
      await admin.createTopics({ topics: missing.map((topic) => ({ topic: topic.name, numPartitions: topic.partitions, replicationFactor, configEntries })) });
    } catch (error) {
      // Another service may have created the same topic a moment earlier.
      if (!(error instanceof Error && /already exists/i.test(error.message))) throw error;
    }
    await untilLed(admin, missing.map((topic) => topic.name));
  } finally {
    await admin.disconnect();
  }
}

/** How long a new topic may take to have a leader on every partition before it is a fault. */
const LEADERS_TIMEOUT_MS = 30_000;
/** What a broker answers while a topic it was just told about is still reaching its metadata. */
const STILL_PROPAGATING = new Set(['UNKNOWN_TOPIC_OR_PARTITION', 'LEADER_NOT_AVAILABLE']);

/**
 * Waits until every partition of the topics has a leader. KafkaJS's own `waitForLeaders`
 * retries only LEADER_NOT_AVAILABLE, but a broker that has not yet applied the controller's
 * record of a just-created topic answers UNKNOWN_TOPIC_OR_PARTITION, which it gave up on at
 * once ("This server does not host this topic-partition") and failed the caller.
 */
async function untilLed(admin: Admin, topics: string[]): Promise<void> {
  const deadline = Date.now() + LEADERS_TIMEOUT_MS;
  for (;;) {
    try {
      const metadata = await admin.fetchTopicMetadata({ topics });
      if (metadata.topics.every((topic) => topic.partitions.length > 0 && topic.partitions.every((partition) => partition.leader >= 0))) return;
    } catch (error) {
      if (!STILL_PROPAGATING.has((error as { type?: string }).type ?? '')) throw error;
    }
    if (Date.now() > deadline) throw new Error(`Kafka gave no leader to every partition of ${topics.join(', ')} within ${LEADERS_TIMEOUT_MS} ms`);
    await sleep(100);
  }
}
