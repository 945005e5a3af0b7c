import { setTimeout as sleep } from 'node:timers/promises';
import { ROOT_CONTEXT, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import type { Span } from '@opentelemetry/api';
import { contextOfTraceparent, traceparentOf, tracer } from '../observability/tracing';
import type { MikroORM } from '@mikro-orm/postgresql';
import { Partitioners } from 'kafkajs';
import type { Kafka, Producer } from 'kafkajs';
import type { Logger } from 'pino';
import { agencyTopicSpecOf } from '../events/contracts/agency-topics';
import { ensureTopics } from '../kafka/kafka-client';
import type { Component } from './component';
import { listenForOutboxCommits } from './outbox-notifications';

/**
 * Only one relay per database publishes at a time, so one aggregate's events keep their order:
 * relays that each claimed other rows (SKIP LOCKED) would race their batches to Kafka and
 * reorder a key's events (test/faults/relays-killed-mid-batch.test.ts shows it).
 */
const RELAY_LOCK_ID = 7_310_001;

interface PendingRow {
  id: string;
  topic: string;
  message_key: string;
  event_type: string;
  payload: unknown;
}

export interface OutboxRelayOptions {
  orm: MikroORM;
  kafka: Kafka;
  logger: Logger;
  /** The timed poll behind the commit notifications: rows whose notification was lost. */
  pollIntervalMs?: number;
  batchSize?: number;
}

/**
 * Publishes outbox rows to Kafka and marks them sent. Delivery is at least once: a crash
 * after Kafka acknowledged but before the row was marked publishes it again, and consumers
 * drop the duplicate by event id. While Kafka is unreachable rows simply wait.
 */
export function createOutboxRelay(options: OutboxRelayOptions): Component & { drain(): Promise<number> } {
  const { orm, kafka, pollIntervalMs = 1000, batchSize = 200 } = options;
  const logger = options.logger.child({ component: 'outbox-relay' });
  let producer: Producer | null = null;
  let running = false;
  let loop: Promise<void> | null = null;
  let wake: AbortController = new AbortController();
  let lastError: string | null = null;
  // An agency's own topics are made when it registers; one the relay has not seen yet is
  // made here too, so an event to a new agency never waits on another service.
  const madeAgencyTopics = new Set<string>();
  const notifications = listenForOutboxCommits(orm.config.get('clientUrl') ?? '', () => wake.abort(), logger);

  async function connectedProducer(): Promise<Producer> {
    if (producer) return producer;
    const candidate = kafka.producer({ createPartitioner: Partitioners.DefaultPartitioner, idempotent: true, maxInFlightRequests: 1, allowAutoTopicCreation: false });
    await candidate.connect();
    producer = candidate;
    return candidate;
  }

  async function publishBatch(): Promise<number> {
    const em = orm.em.fork();
    let attempted: string[] = [];
    try {
      return await em.transactional(async (tx) => {
        const [lock] = await tx.execute<{ locked: boolean }[]>('select pg_try_advisory_xact_lock(?) as locked', [RELAY_LOCK_ID]);
        if (!lock?.locked) return 0;
        const rows = await tx.execute<PendingRow[]>(
          'select id, topic, message_key, event_type, payload from outbox_message where sent_at is null order by seq limit ? for update',
          [batchSize],
        );
        if (rows.length === 0) return 0;
        attempted = rows.map((row) => row.id);
        await makeAgencyTopics(rows);
        const spans = publishSpans(rows);
        try {
          await (await connectedProducer()).sendBatch({ acks: -1, topicMessages: toTopicMessages(rows, spans) });
        } catch (error) {
          spans.forEach((span) => span.setStatus({ code: SpanStatusCode.ERROR }));
          throw error;
        } finally {
          spans.forEach((span) => span.end());
        }
        await tx.execute('update outbox_message set sent_at = now(), attempts = attempts + 1, last_error = null where id in (?)', [attempted]);
        return rows.length;
      });
    } catch (error) {
      if (attempted.length > 0) await recordFailure(attempted, error);
      throw error;
    }
  }

  async function makeAgencyTopics(rows: PendingRow[]): Promise<void> {
    const missing = [...new Set(rows.map((row) => row.topic))].filter((topic) => !madeAgencyTopics.has(topic));
    const specs = missing.flatMap((topic) => agencyTopicSpecOf(topic) ?? []);
    if (specs.length === 0) return;
    await ensureTopics(kafka, specs);
    for (const spec of specs) madeAgencyTopics.add(spec.name);
  }

  async function recordFailure(ids: string[], error: unknown): Promise<void> {
    const reason = error instanceof Error ? error.message : String(error);
    await orm.em.fork().execute('update outbox_message set attempts = attempts + 1, last_error = ? where id in (?)', [reason, ids]).catch(() => undefined);
  }

  async function run(): Promise<void> {
    let backoffMs = 0;
    while (running) {
      // A fresh controller before reading: a commit from here on cuts the coming wait short.
      wake = new AbortController();
      let published = 0;
      try {
        published = await publishBatch();
        if (published > 0) logger.debug({ published }, 'published outbox events');
        backoffMs = 0;
        lastError = null;
      } catch (error) {
        lastError = error instanceof Error ? error.message : String(error);
        backoffMs = Math.min(Math.max(backoffMs * 2, 250), 5000);
        logger.warn({ err: error, retryInMs: backoffMs }, 'outbox relay could not publish; events stay pending');
        await dropProducer();
      }
      if (published === batchSize) continue;
      await sleep(backoffMs || pollIntervalMs, undefined, { signal: wake.signal }).catch(() => undefined);
    }
  }

  async function dropProducer(): Promise<void> {
    const stale = producer;
    producer = null;
    await stale?.disconnect().catch(() => undefined);
  }

  return {
    name: 'outbox-relay',
    async start() {
      running = true;
      notifications.start();
      loop = run();
    },
    async stop() {
      running = false;
      await notifications.stop();
      wake.abort();
      await loop;
      await dropProducer();
    },
    status: () => ({ ready: running, detail: lastError ?? undefined }),
    drain: publishBatch,
  };
}

/**
 * A producer span per event, child of the request that committed it (the `traceparent` the
 * envelope kept), so one trace runs from the click through the outbox and Kafka to the consumer.
 */
function publishSpans(rows: PendingRow[]): Span[] {
  return rows.map((row) => tracer().startSpan(`${row.topic} publish`, {
    kind: SpanKind.PRODUCER,
    attributes: { 'messaging.system': 'kafka', 'messaging.destination.name': row.topic, 'messaging.message.id': row.id },
  }, contextOfTraceparent((row.payload as { traceparent?: string } | null)?.traceparent)));
}

function toTopicMessages(rows: PendingRow[], spans: Span[]) {
  const byTopic = new Map<string, { key: string; value: string; headers: Record<string, string> }[]>();
  for (const [index, row] of rows.entries()) {
    const messages = byTopic.get(row.topic) ?? [];
    const traceparent = traceparentOf(trace.setSpan(ROOT_CONTEXT, spans[index]!));
    messages.push({
      key: row.message_key,
      value: JSON.stringify(row.payload),
      headers: { 'event-id': row.id, 'event-type': row.event_type, ...(traceparent ? { traceparent } : {}) },
    });
    byTopic.set(row.topic, messages);
  }
  return [...byTopic].map(([topic, messages]) => ({ topic, messages }));
}
