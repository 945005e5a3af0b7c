import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Consumer, IHeaders } from 'kafkajs';
import type { KafkaCredentials } from '@xinfang/infra';
import type { EventEnvelope } from '@xinfang/kit';
import { kafkaAdmin, testKafka } from './kafka-access';
import { testEnv } from './test-env';

export interface ReceivedMessage {
  key: string | null;
  event: EventEnvelope<string, Record<string, unknown>>;
  headers: Record<string, string>;
  partition: number;
}

/** A real KafkaJS consumer in its own group, e.g. a partner agency reading its referrals. */
export class TopicListener {
  private received: ReceivedMessage[] = [];

  private constructor(private readonly consumer: Consumer) {}

  /** Logged in as the admin unless `as` says who reads (an agency's own principal, say). */
  static async start(topic: string, groupId = `test-${randomUUID()}`, brokers = testEnv.kafkaBrokers, as: KafkaCredentials = kafkaAdmin): Promise<TopicListener> {
    const kafka = testKafka(groupId, { brokers, as });
    const consumer = kafka.consumer({ groupId, maxWaitTimeInMs: 100 });
    const listener = new TopicListener(consumer);
    await waitForTopic(topic, brokers);
    await consumer.connect();
    await consumer.subscribe({ topic, fromBeginning: true });
    await consumer.run({
      eachMessage: async ({ message, partition }) => {
        listener.received.push({
          key: message.key?.toString() ?? null,
          event: parsed(message.value) as ReceivedMessage['event'],
          headers: headersOf(message.headers),
          partition,
        });
      },
    });
    return listener;
  }

  /** Waits for the first message that matches. */
  async next(matches: (message: ReceivedMessage) => boolean, timeoutMs = 30_000): Promise<ReceivedMessage> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const found = this.received.find(matches);
      if (found) return found;
      await sleep(50);
    }
    throw new Error(`No matching message within ${timeoutMs} ms; saw ${this.received.length}: ${JSON.stringify(this.received.map((m) => m.event?.type))}`);
  }

  all(matches: (message: ReceivedMessage) => boolean): ReceivedMessage[] {
    return this.received.filter(matches);
  }

  async stop(): Promise<void> {
    await this.consumer.disconnect();
  }
}

/** Topics are created by the services that own them, never auto-created: wait for them. */
export async function waitForTopic(topic: string | string[], brokers = testEnv.kafkaBrokers, timeoutMs = 60_000): Promise<void> {
  const wanted = Array.isArray(topic) ? topic : [topic];
  const admin = testKafka('test-topic-watcher', { brokers }).admin();
  await admin.connect();
  try {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const existing = new Set(await admin.listTopics());
      const missing = wanted.filter((name) => !existing.has(name));
      if (missing.length === 0) return;
      if (Date.now() > deadline) throw new Error(`Topics ${missing.join(', ')} were not created within ${timeoutMs} ms`);
      await sleep(200);
    }
  } finally {
    await admin.disconnect();
  }
}

/** A dead-letter topic holds values that are not JSON too: those read as null instead of stopping the listener. */
function parsed(value: Buffer | null): unknown {
  try {
    return JSON.parse(value?.toString() ?? 'null');
  } catch {
    return null;
  }
}

function headersOf(headers: IHeaders | undefined): Record<string, string> {
  return Object.fromEntries(Object.entries(headers ?? {}).map(([key, value]) => [key, String(value)]));
}

/** Waits until a condition holds, polling; for effects that travel through Kafka. */
export async function eventually<T>(probe: () => Promise<T>, accept: (value: T) => boolean, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T = await probe();
  while (!accept(last)) {
    if (Date.now() > deadline) throw new Error(`Condition not met within ${timeoutMs} ms; last value ${JSON.stringify(last)}`);
    await sleep(100);
    last = await probe();
  }
  return last;
}
