import { EventEmitter } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import type { SubgraphConfig } from '../config/service-config';
import { Topics } from '../events/contracts/topics';
import { createKafka, ensureTopics } from '../kafka/kafka-client';
import type { Component } from '../messaging/component';
import { consumerTopics, createConsumerRunner } from '../messaging/consumer-runner';
import { createOutboxRelay } from '../messaging/outbox-relay';
import type { SubgraphModule } from './subgraph-module';
import type { ServiceMetrics } from '../observability/metrics';

/**
 * The relay, the topics and the consumers. Consumers wait for their topics, which wait for
 * Kafka; none of it holds up the API.
 */
export function createKafkaSide(module: SubgraphModule, config: SubgraphConfig, orm: MikroORM, logger: Logger, metrics?: ServiceMetrics) {
  const kafka = createKafka(module.name, config.kafkaBrokers, logger, config.kafkaSecurity, config.kafkaTopics);
  const relay = createOutboxRelay({ orm, kafka, logger });
  // What one component tells the others once its transaction committed (the directory changed, ...).
  const signals = new EventEmitter();
  const consumers = (module.consumers ?? []).map((definition) => createConsumerRunner({ ...definition, orm, kafka, logger, signals, metrics }));
  const components: Component[] = [relay, ...consumers];
  const produces = [...(module.produces ?? []), ...(module.keepsDeadlines ? [Topics.deadlines] : [])];
  const topics = [...produces, ...(module.consumers ?? []).flatMap(consumerTopics)];
  const stopping = new AbortController();
  let topicsReady = false;
  let connecting: Promise<void> = Promise.resolve();

  async function connect(): Promise<void> {
    for (let delay = 500; !stopping.signal.aborted; delay = Math.min(delay * 2, 5_000)) {
      try {
        await ensureTopics(kafka, topics);
        topicsReady = true;
        await Promise.all(consumers.map((consumer) => consumer.start()));
        return;
      } catch (error) {
        logger.warn({ err: error, retryInMs: delay }, 'could not create Kafka topics yet');
        await sleep(delay, undefined, { signal: stopping.signal }).catch(() => undefined);
      }
    }
  }

  return {
    async start() {
      await relay.start();
      connecting = connect();
    },
    async stop() {
      stopping.abort();
      await connecting;
      await Promise.all(components.map((component) => component.stop()));
    },
    /** `kafka` is true once the topics exist and every consumer has joined its group. */
    status: () => {
      const parts = Object.fromEntries(components.map((component) => [component.name, component.status()]));
      return { kafka: topicsReady && consumers.every((consumer) => consumer.status().ready), kafkaTopics: topicsReady, ...parts };
    },
  };
}
