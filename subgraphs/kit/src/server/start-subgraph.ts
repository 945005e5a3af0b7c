import 'reflect-metadata';
import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import type { MikroORM } from '@mikro-orm/postgresql';
import { GraphQLError } from 'graphql';
import type { Logger } from 'pino';
import type { SubgraphConfig } from '../config/service-config';
import { bearerToken, createIdentityVerifier } from '../identity/jwt';
import { createLogger } from '../logging/logger';
import { OutboxSignal } from '../messaging/outbox-signal';
import { createKafkaSide } from './kafka-side';
import { initOrm } from '../orm/orm';
import { buildFederatedSchema } from './federated-schema';
import { createErrorFormatter } from './format-error';
import { createHttpApp, keepIdleConnectionsLonger } from './http-app';
import type { ReadinessCheck } from './http-app';
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
  if (config.seedDemoData && module.seedDemoData) {
    await orm.em.fork().transactional((em) => module.seedDemoData!(em));
  }
  const kafkaSide = createKafkaSide(module, config, orm, signal, logger);
  const http = await serveGraphql(module, config, orm, logger, async () => {
    const database = await orm.isConnected();
    return { ready: database, checks: { database, ...kafkaSide.status() } };
  });
  await kafkaSide.start();
  logger.info({ port: http.port }, `${module.name} subgraph listening`);
  return {
    url: `http://127.0.0.1:${http.port}/graphql`,
    port: http.port,
    orm,
    async stop() {
      await http.stop();
      await kafkaSide.stop();
      await orm.close();
    },
  };
}

/**
 * GraphQL over HTTP. Ready means able to serve: the database. Kafka is reported but not
 * required, because while it is away the API keeps working and events wait in the outbox.
 */
async function serveGraphql(
  module: SubgraphModule,
  config: SubgraphConfig,
  orm: MikroORM,
  logger: Logger,
  readiness: ReadinessCheck,
): Promise<{ port: number; stop(): Promise<void> }> {
  const verifyIdentity = await createIdentityVerifier(config.jwt);
  const { schema } = await buildFederatedSchema(module, module.references, module.publicEntityTypes);
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
    readiness,
  );
  httpServer.on('request', app);
  keepIdleConnectionsLonger(httpServer);
  httpServer.listen(config.port, '0.0.0.0');
  await once(httpServer, 'listening');
  return { port: (httpServer.address() as AddressInfo).port, stop: () => apollo.stop() };
}

function asHttpError(error: unknown): never {
  const message = error instanceof Error ? error.message : 'Invalid token';
  throw new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
}
