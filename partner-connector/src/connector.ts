import { setTimeout as sleep } from 'node:timers/promises';
import { Partitioners } from 'kafkajs';
import type { Admin } from 'kafkajs';
import { AgencyTopics, agencyTopic, createKafka } from '@xinfang/kit/partner-system';
import type { Logger } from '@xinfang/kit/partner-system';
import type { ConnectorConfig } from './config';
import { ReferralDesk } from './referral-desk';

export interface RunningConnector {
  /** Joined its consumer group and can answer. */
  ready(): boolean;
  stop(): Promise<void>;
}

export interface ConnectorHooks {
  /** The consumer crashed and KafkaJS will not restart it: the process should exit and be restarted. */
  onFatal?(error: Error): void;
  /** Aborting it gives up a start still waiting for the agency's topics. */
  signal?: AbortSignal;
}

/**
 * The connector: one consumer on the agency's own `agency.<id>.referrals.v1`, one producer on
 * its own `agency.<id>.referral-updates.v1`, and nothing else, as the agency's broker ACL allows.
 *
 * Delivery: at least once. A batch's offsets are committed only after the broker has taken its
 * answers, so a crash in between re-reads the batch and sends the same answers again, with the
 * same event ids, which the platform applies once.
 */
export async function startConnector(config: ConnectorConfig, logger: Logger, hooks: ConnectorHooks = {}): Promise<RunningConnector> {
  const kafka = createKafka(config.clientId, config.brokers, logger, config.security);
  const referrals = agencyTopic(AgencyTopics.referrals, config.agencyId).name;
  const updates = agencyTopic(AgencyTopics.referralUpdates, config.agencyId).name;
  const desk = new ReferralDesk({ ...config, service: config.clientId });
  let joined = false;

  const producer = kafka.producer({ createPartitioner: Partitioners.DefaultPartitioner, idempotent: true, maxInFlightRequests: 1, allowAutoTopicCreation: false });
  // The broker holds each fetch up to a second while the topic is quiet: idle, not polling.
  const consumer = kafka.consumer({ groupId: config.groupId, maxWaitTimeInMs: 1_000, allowAutoTopicCreation: false });
  consumer.on(consumer.events.GROUP_JOIN, () => {
    joined = true;
    logger.info({ topic: referrals, groupId: config.groupId }, 'listening for referrals');
  });
  consumer.on(consumer.events.CRASH, ({ payload }) => {
    joined = false;
    if (payload.restart) return logger.warn({ err: payload.error }, 'consumer restarting after an error');
    logger.error({ err: payload.error }, 'consumer stopped on an error it cannot retry');
    hooks.onFatal?.(payload.error);
  });

  await waitForTopics(kafka.admin(), [referrals, updates], logger, hooks.signal);
  await producer.connect();
  await consumer.connect();
  await consumer.subscribe({ topic: referrals, fromBeginning: true });
  await consumer.run({
    eachBatchAutoResolve: false,
    eachBatch: async ({ batch, resolveOffset, commitOffsetsIfNecessary, heartbeat }) => {
      const readings = batch.messages.map((message) => {
        const reading = desk.read(message.value);
        if (reading.kind === 'unreadable') logger.warn({ topic: referrals, offset: message.offset, reason: reading.reason }, 'skipped a message it cannot read');
        else if (reading.kind === 'issued') logger.info({ referralId: reading.event.data.referralId, helpNeeded: reading.event.data.helpNeeded, urgent: reading.event.data.urgent }, 'referral received');
        return reading;
      });
      const answers = desk.answer(readings);
      if (answers.length > 0) {
        await producer.send({
          topic: updates,
          acks: -1,
          messages: answers.map((answer) => ({ key: answer.subject, value: JSON.stringify(answer), headers: { 'event-id': answer.id, 'event-type': answer.type } })),
        });
        desk.sent(answers);
        for (const answer of answers) logger.info({ referralId: answer.data.referralId, action: answer.data.action, eventId: answer.id }, 'answered referral');
      }
      const last = batch.messages.at(-1);
      if (last) resolveOffset(last.offset);
      await commitOffsetsIfNecessary();
      await heartbeat();
    },
  });

  return {
    ready: () => joined,
    async stop() {
      joined = false;
      await consumer.disconnect();
      await producer.disconnect();
    },
  };
}

/** The agency's topics are made when the platform registers the agency: until then there is nothing to read. */
async function waitForTopics(admin: Admin, topics: string[], logger: Logger, signal?: AbortSignal): Promise<void> {
  await admin.connect();
  try {
    for (let attempt = 0; ; attempt++) {
      const existing = new Set(await admin.listTopics());
      const missing = topics.filter((topic) => !existing.has(topic));
      if (missing.length === 0) return;
      if (attempt % 10 === 0) logger.warn({ missing }, 'waiting for the agency\'s topics to be created');
      await sleep(1_000, undefined, { signal });
    }
  } finally {
    await admin.disconnect();
  }
}
