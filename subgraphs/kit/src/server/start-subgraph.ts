import 'reflect-metadata';
import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import type { MikroORM } from '@mikro-orm/postgresql';
import { GraphQLError } from 'graphql';
import type { Logger } from 'pino';
import type { SubgraphConfig } from '../config/service-config';
import { bearerToken, createIdentityVerifier } from '../identity/jwt';
import { createKafka, ensureTopics } from '../kafka/kafka-client';
import { createLogger } from '../logging/logger';
import type { Component } from '../messaging/component';
import { consumerTopics, createConsumerRunner } from '../messaging/consumer-runner';
import { createOutboxRelay } from '../messaging/outbox-relay';
import { OutboxSignal } from '../messaging/outbox-signal';
import { initOrm } from '../orm/orm';
import { buildFederatedSchema } from './federated-schema';
import { createErrorFormatter } from './format-error';
import { createHttpApp, keepIdleConnectionsLonger } from './http-app';
import { createRequestContext } from './request-context';
import type { RequestContext } from './request-context';
import type { SubgraphModule } from './subgraph-module';

export interface StartSubgraphOptions {
  config: SubgraphConfig;
  logger?: Logger;
  /** Receives every SQL statement; tests use it to count queries. */
  onQuery?: (sql: string) => void;
}

export interface RunningSubgraph {
  url: string;
  port: number;
  orm: MikroORM;
  stop(): Promise<void>;
}

/**
 * Starts one subgraph: database (migrated), GraphQL over HTTP with health probes, the
 * outbox relay and the consumers. Kafka may be down at start: the API still serves and
 * writes events to the outbox, and the Kafka side connects when the broker answers.
 */
export async function startSubgraph(module: SubgraphModule, options: StartSubgraphOptions): Promise<RunningSubgraph> {
  const { config } = options;
  const logger = options.logger ?? createLogger(module.name, config.logLevel);
  const signal = new OutboxSignal();
  const orm = await initOrm({
    databaseUrl: config.databaseUrl,
    entities: module.entities,
    migrations: module.migrations,
    subscribers: [signal],
    logger,
    onQuery: options.onQuery,
  });
  const verifyIdentity = await createIdentityVerifier(config.jwt);
  const { schema } = await buildFederatedSchema(module, module.references, module.publicEntityTypes);
  if (config.seedDemoData && module.seedDemoData) {
    await orm.em.fork().transactional((em) => module.seedDemoData!(em));
  }

  const kafka = createKafka(module.name, config.kafkaBrokers, logger);
  const relay = createOutboxRelay({ orm, kafka, signal, logger });
  // A consumer KafkaJS will not restart leaves the service deaf: stop it, non-zero, so that
  // whatever supervises it (the launcher, an orchestrator) restarts it.
  const onFatal = (error: Error) => {
    logger.fatal({ err: error }, 'consumer crashed and will not restart; stopping the service');
    process.exitCode = 1;
    process.kill(process.pid, 'SIGTERM');
  };
  const consumers = (module.consumers ?? []).map((definition) => createConsumerRunner({ ...definition, orm, kafka, logger, onFatal }));
  const components: Component[] = [relay, ...consumers];
  const topics = [...(module.produces ?? []), ...(module.consumers ?? []).flatMap(consumerTopics)];
  let topicsReady = false;
  let stopping = false;

  const httpServer = createServer();
  const apollo = new ApolloServer<RequestContext>({
    schema,
    includeStacktraceInErrorResponses: false,
    formatError: createErrorFormatter(logger),
    plugins: [ApolloServerPluginInlineTraceDisabled(), ApolloServerPluginDrainHttpServer({ httpServer })],
  });
  await apollo.start();
  const app = createHttpApp(
    apollo,
    async ({ req }) => {
      const token = bearerToken(req.headers.authorization);
      const identity = token ? await verifyIdentity(token).catch(asHttpError) : null;
      const traceparent = typeof req.headers.traceparent === 'string' ? req.headers.traceparent : undefined;
      return createRequestContext(orm.em.fork(), identity, logger, traceparent);
    },
    // Ready means able to serve: the database. Kafka is reported but not required, because
    // while it is away the API keeps working and events wait in the outbox.
    async () => {
      const database = await orm.isConnected();
      const parts = Object.fromEntries(components.map((component) => [component.name, component.status()]));
      return { ready: database, checks: { database, kafkaTopics: topicsReady, ...parts } };
    },
  );
  httpServer.on('request', app);
  keepIdleConnectionsLonger(httpServer);
  httpServer.listen(config.port, '0.0.0.0');
  await once(httpServer, 'listening');
  const port = (httpServer.address() as AddressInfo).port;

  await relay.start();
  // Consumers wait for their topics, which wait for Kafka; none of it holds up the API.
  const kafkaSide = (async () => {
    for (let delay = 500; !stopping; delay = Math.min(delay * 2, 5_000)) {
      try {
        await ensureTopics(kafka, topics);
        topicsReady = true;
        break;
      } catch (error) {
        logger.warn({ err: error, retryInMs: delay }, 'could not create Kafka topics yet');
        await sleep(delay);
      }
    }
    if (!stopping) await Promise.all(consumers.map((consumer) => consumer.start()));
  })();

  logger.info({ port }, `${module.name} subgraph listening`);
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    port,
    orm,
    async stop() {
      stopping = true;
      await kafkaSide;
      await apollo.stop();
      await Promise.all(components.map((component) => component.stop()));
      await orm.close();
    },
  };
}

function asHttpError(error: unknown): never {
  const message = error instanceof Error ? error.message : 'Invalid token';
  throw new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
}
