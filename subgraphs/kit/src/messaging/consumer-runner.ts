import { setTimeout as sleep } from 'node:timers/promises';
import type { EventEmitter } from 'node:events';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { Partitioners } from 'kafkajs';
import type { Consumer, Kafka, KafkaMessage, Producer } from 'kafkajs';
import type { Logger } from 'pino';
import { GraphQLError } from 'graphql';
import type { EventContract, EventOf, TopicSpec } from '../events/contract';
import type { AgencyTopicFamily } from '../events/contracts/agency-topics';
import { agencyOfTopic } from '../events/contracts/agency-topics';
import { contractFor, deadLetterTopic } from '../events/contracts';
import type { EventEnvelope } from '../events/envelope';
import { ensureTopics } from '../kafka/kafka-client';
import type { Component } from './component';
import { createConsumerSubscription } from './consumer-subscription';
import { applyOnce } from './inbox';
import { isTransient } from './transient-error';
import { SpanKind } from '@opentelemetry/api';
import type { ServiceMetrics } from '../observability/metrics';
import { contextOfTraceparent, inSpan } from '../observability/tracing';

/** How one event reached a handler, and what the handler may do besides writing with `em`. */
export interface Delivery {
  topic: string;
  /**
   * On an agency's own topic (`ConsumerDefinition.fromEveryAgency`), the agency that wrote
   * it: the only trustworthy answer to "who says so", whatever the envelope claims.
   */
  fromAgencyId: string | null;
  kafka: Kafka;
  /** Tells this subgraph's other components something, once the handler's transaction has committed. */
  announce(signal: string): void;
}

export { DIRECTORY_AGENCIES_CHANGED } from './consumer-subscription';

export type EventHandler<Event extends EventEnvelope = EventEnvelope> = (event: Event, em: EntityManager, delivery: Delivery) => Promise<void>;

/** A handler for one contract's events, typed by that contract. */
export interface ContractHandler {
  type: string;
  handle: EventHandler;
}

/** Handles one contract's events: `on(ReferralUpdateReported, async (event, em, delivery) => ...)`. */
export function on<C extends EventContract>(contract: C, handle: EventHandler<EventOf<C>>): ContractHandler {
  return { type: contract.type, handle: handle as EventHandler };
}

export interface ConsumerDefinition {
  /** The consumer group; each group sees every event once. */
  groupId: string;
  /** Shared topics it reads. */
  topics?: TopicSpec[];
  /**
   * A hand-off family it reads on every agency's own topic (`agency.<id>.<suffix>`): every
   * agency in the subgraph's copy of the directory, re-read when the directory changes.
   */
  fromEveryAgency?: AgencyTopicFamily;
  /** Events of other types on the topics are skipped. */
  handlers: ContractHandler[];
}

export interface ConsumerRunnerOptions extends ConsumerDefinition {
  orm: MikroORM;
  kafka: Kafka;
  logger: Logger;
  /** The subgraph's local signals: `announce` emits on it, and a directory change re-reads `fromEveryAgency`. */
  signals: EventEmitter;
  maxAttempts?: number;
  /**
   * How long the broker waits without a heartbeat before it gives this member's partitions to
   * another (KafkaJS's 30 s by default). The runner heartbeats while a handler works, so only a
   * process that is gone or frozen is ever this silent; tests shorten it to see a crash sooner.
   */
  sessionTimeoutMs?: number;
  /** Counts dead letters and records lag; none in tests that run a consumer alone. */
  metrics?: ServiceMetrics;
}

/** A consumer fetches at least every second when all is well; this much silence means it is stuck. */
const SILENCE_MS = 10_000;

/** The directory changed which agencies' topics a consumer reads: not a failure, a new subscription. */
const RESUBSCRIBE = Symbol('resubscribe');

/** Why a message went to the dead-letter topic; the operator reads it there. */
class Rejected extends Error {}

/**
 * Applies events exactly once in effect: each event's id goes into the inbox table in the
 * same transaction as its effect, and offsets are committed only after that transaction,
 * so a crash or a redelivery replays into a no-op. A message that cannot be applied goes
 * to `<topic>.dlq` with the reason instead of blocking its partition forever.
 */
export function createConsumerRunner(options: ConsumerRunnerOptions): Component {
  const { orm, kafka, groupId, signals, maxAttempts = 3 } = options;
  const handlers = new Map(options.handlers.map((handler) => [handler.type, handler.handle]));
  const logger = options.logger.child({ component: 'consumer', groupId });
  let consumer: Consumer | null = null;
  let dlqProducer: Producer | null = null;
  let running = false;
  const stopping = new AbortController();
  // Made once, so a stop that comes while a consumer is still joining is not missed.
  const stopped = new Promise<null>((resolve) => stopping.signal.addEventListener('abort', () => resolve(null), { once: true }));
  let connected = false;
  let idleWithoutTopics = false;
  let lastSignOfLife = 0;
  let supervising: Promise<void> = Promise.resolve();
  const subscription = createConsumerSubscription(options.topics ?? [], options.fromEveryAgency, orm, signals);

  async function apply(event: EventEnvelope, topic: string): Promise<'applied' | 'duplicate' | 'skipped'> {
    const handler = handlers.get(event.type);
    if (!handler) return 'skipped';
    const announcements = new Set<string>();
    const delivery: Delivery = {
      topic,
      fromAgencyId: options.fromEveryAgency ? agencyOfTopic(options.fromEveryAgency, topic) : null,
      kafka,
      announce: (signal) => announcements.add(signal),
    };
    const outcome = await applyOnce(orm, groupId, event, (em) => handler(event, em, delivery));
    for (const signal of announcements) signals.emit(signal);
    return outcome;
  }

  async function process(topic: string, message: KafkaMessage): Promise<void> {
    try {
      const event = parse(message);
      for (let attempt = 1; ; attempt++) {
        try {
          const outcome = await apply(event, topic);
          logger.debug({ eventId: event.id, type: event.type, outcome }, 'event processed');
          return;
        } catch (error) {
          // The database being away is no fault of the event: let KafkaJS retry the batch from
          // this offset (the partition waits) instead of parking good events.
          if (isTransient(error)) throw error;
          // Domain errors are final (the event asks for something the rules forbid); others may pass.
          if (error instanceof GraphQLError) throw new Rejected(error.message);
          if (attempt >= maxAttempts) throw new Rejected(`failed after ${attempt} attempts: ${errorMessage(error)}`);
          await sleep(200 * 2 ** attempt);
        }
      }
    } catch (error) {
      if (!(error instanceof Rejected)) throw error;
      await deadLetter(topic, message, error.message);
    }
  }

  /** The event's processing as a span continuing the trace of the request that caused it (its `traceparent` header). */
  function processInSpan(topic: string, message: KafkaMessage): Promise<void> {
    const traceparent = message.headers?.traceparent?.toString();
    return inSpan(`${topic} process`, SpanKind.CONSUMER, contextOfTraceparent(traceparent), {
      'messaging.system': 'kafka', 'messaging.destination.name': topic, 'messaging.consumer.group.name': groupId, 'messaging.kafka.offset': message.offset,
    }, () => process(topic, message));
  }

  async function deadLetter(topic: string, message: KafkaMessage, reason: string): Promise<void> {
    logger.error({ topic, offset: message.offset, reason }, 'event sent to the dead-letter topic');
    options.metrics?.deadLettered.inc({ topic, group: groupId });
    dlqProducer ??= await connect(kafka.producer({ createPartitioner: Partitioners.DefaultPartitioner, idempotent: true, maxInFlightRequests: 1 }));
    await dlqProducer.send({
      topic: `${topic}.dlq`,
      acks: -1,
      messages: [{
        key: message.key,
        value: message.value,
        headers: { ...message.headers, 'dlq-reason': reason, 'dlq-consumer-group': groupId, 'dlq-original-topic': topic, 'dlq-original-offset': message.offset },
      }],
    });
  }

  /**
   * Joins the group and runs until stopped. KafkaJS restarts a consumer by itself after
   * retriable failures; after a failure it calls final (a coordinator not found while a
   * fresh broker elects one, a broker gone for longer than its retries) it stops the
   * consumer, and this loop starts a new one with back-off, however long Kafka takes.
   */
  async function superviseConsumer(): Promise<void> {
    for (let delay = 500; running; ) {
      const crashed = await runConsumer().catch((error: unknown) => error);
      connected = false;
      await consumer?.disconnect().catch(() => undefined);
      consumer = null;
      if (!running) return;
      if (crashed === RESUBSCRIBE) {
        logger.info('the directory lists other agencies; subscribing again');
        delay = 500;
        continue;
      }
      logger.warn({ err: crashed, retryInMs: delay }, 'consumer is not running; rejoining its group');
      await sleep(delay, undefined, { signal: stopping.signal }).catch(() => undefined);
      delay = Math.min(delay * 2, 10_000);
    }
  }

  /** Resolves with the error that stopped the consumer for good, or RESUBSCRIBE. */
  async function runConsumer(): Promise<unknown> {
    const topics = await subscription.read();
    const changed = subscription.changed;
    const resubscribe = new Promise<typeof RESUBSCRIBE>((resolve) => {
      if (changed.aborted) resolve(RESUBSCRIBE);
      else changed.addEventListener('abort', () => resolve(RESUBSCRIBE), { once: true });
    });
    if (topics.length === 0) {
      // Nothing to read until the directory names an agency: idle, and say why.
      idleWithoutTopics = true;
      return Promise.race([resubscribe, stopped]).finally(() => (idleWithoutTopics = false));
    }
    // Shared topics were made at start; an agency's own are made here if nobody made them yet.
    if (options.fromEveryAgency) await ensureTopics(kafka, topics.flatMap((topic) => [topic, deadLetterTopic(topic)]));
    // Retries with back-off up to about a minute, then KafkaJS restarts the consumer at the
    // last committed offset: a database outage holds the partition instead of losing events.
    // A fetch is a long poll that returns as soon as an event arrives, so the wait sets only
    // how often an idle consumer asks again (and how long a stop waits for the last ask):
    // 100 ms cost an idle platform a steady tenth of a core for nothing.
    const candidate = kafka.consumer({
      groupId, maxWaitTimeInMs: 1_000, allowAutoTopicCreation: false,
      sessionTimeout: options.sessionTimeoutMs ?? DEFAULT_SESSION_TIMEOUT_MS, heartbeatInterval: heartbeatIntervalOf(options.sessionTimeoutMs),
      retry: { initialRetryTime: 500, maxRetryTime: 10_000, retries: 8, restartOnFailure: async () => true },
    });
    consumer = candidate;
    // KafkaJS keeps a consumer "running" while it retries a broker that is gone; readiness
    // should say so, so it also asks when the consumer last fetched or heartbeated.
    for (const event of [candidate.events.FETCH, candidate.events.HEARTBEAT, candidate.events.GROUP_JOIN]) {
      candidate.on(event, () => (lastSignOfLife = Date.now()));
    }
    // Each (re)join in the log with what it was given: a member rejoining over and over (a
    // rebalance loop: handlers outliving the session, a crashing replica) shows there first.
    candidate.on(candidate.events.GROUP_JOIN, ({ payload }) => {
      logger.info({ memberId: payload.memberId, partitions: payload.memberAssignment }, 'consumer group assigned partitions');
    });
    const crashed = new Promise<unknown>((resolve) => {
      candidate.on(candidate.events.CRASH, ({ payload }) => {
        if (!payload.restart) resolve(payload.error);
      });
    });
    await candidate.connect();
    await candidate.subscribe({ topics: topics.map((topic) => topic.name), fromBeginning: true });
    await candidate.run({
      eachBatchAutoResolve: false,
      eachBatch: async ({ batch, resolveOffset, heartbeat, commitOffsetsIfNecessary, isRunning, isStale }) => {
        for (const message of batch.messages) {
          if (!isRunning() || isStale()) break;
          await whileHeartbeating(heartbeat, () => processInSpan(batch.topic, message));
          resolveOffset(message.offset);
          await commitOffsetsIfNecessary();
          await heartbeat();
        }
        options.metrics?.consumerLag.set({ group: groupId, topic: batch.topic, partition: String(batch.partition) }, Number(batch.offsetLag()));
      },
    });
    connected = true;
    logger.info('consumer joined its group');
    return Promise.race([crashed, stopped, resubscribe]);
  }

  return {
    name: `consumer:${groupId}`,
    async start() {
      running = true;
      subscription.start();
      supervising = superviseConsumer();
    },
    async stop() {
      running = false;
      subscription.stop();
      stopping.abort();
      await supervising;
      await dlqProducer?.disconnect();
    },
    status: () => {
      if (idleWithoutTopics) return { ready: true, detail: 'no agency in the directory yet, so no topic to read' };
      const ready = connected && Date.now() - lastSignOfLife < SILENCE_MS;
      return { ready, detail: ready ? undefined : connected ? `no fetch or heartbeat for ${SILENCE_MS / 1000} s` : 'joining its consumer group' };
    },
  };
}

/** KafkaJS's default; the broker's own bounds are 6 s to 5 min. */
const DEFAULT_SESSION_TIMEOUT_MS = 30_000;

/** A third of the session timeout, as Kafka advises: two heartbeats may be lost before the session is. */
function heartbeatIntervalOf(sessionTimeoutMs = DEFAULT_SESSION_TIMEOUT_MS): number {
  return Math.floor(sessionTimeoutMs / 3);
}

/**
 * Runs one event's work while heartbeating beside it. KafkaJS heartbeats only when asked
 * (between messages here), so a handler slower than the session timeout (a slow database, a
 * big projection) would get its member evicted: its partitions handed to another member, the
 * event applied there meanwhile, its own offset commit refused, and the group rebalancing
 * again on every such event. A heartbeat that fails (the group is rebalancing anyway) is left
 * to the heartbeat after the message, which ends the batch and rejoins as KafkaJS intends.
 */
async function whileHeartbeating(heartbeat: () => Promise<void>, work: () => Promise<void>): Promise<void> {
  // KafkaJS skips a heartbeat asked for sooner than its interval, so asking every second costs nothing.
  const beating = setInterval(() => void heartbeat().catch(() => undefined), 1_000);
  try {
    await work();
  } finally {
    clearInterval(beating);
  }
}

function parse(message: KafkaMessage): EventEnvelope {
  let raw: unknown;
  try {
    raw = JSON.parse(message.value?.toString('utf8') ?? '');
  } catch {
    throw new Rejected('value is not JSON');
  }
  const type = (raw as { type?: unknown } | null)?.type;
  const contract = typeof type === 'string' ? contractFor(type) : undefined;
  if (!contract) throw new Rejected(`unknown event type ${JSON.stringify(type)}`);
  const result = contract.schema.safeParse(raw);
  if (!result.success) {
    throw new Rejected(`does not match ${contract.type} v${contract.version}: ${result.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`);
  }
  return result.data as EventEnvelope;
}

async function connect<T extends { connect(): Promise<void> }>(client: T): Promise<T> {
  await client.connect();
  return client;
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The shared topics a consumer reads and their dead-letter topics, created at start; an agency's own are made as agencies appear. */
export function consumerTopics(definition: ConsumerDefinition): TopicSpec[] {
  return (definition.topics ?? []).flatMap((topic) => [topic, deadLetterTopic(topic)]);
}
