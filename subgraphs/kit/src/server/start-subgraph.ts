import 'reflect-metadata';
import type { IncomingMessage } from 'node:http';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import type { SubgraphConfig } from '../config/service-config';
import { bearerToken, createIdentityVerifier, unauthenticatedHttpError } from '../identity/jwt';
import { createLogger } from '../logging/logger';
import { createDeadlineScheduler } from '../deadlines/deadline-scheduler';
import { DEFAULT_MESSAGE_RETENTION, createMessagePruner } from '../messaging/message-retention';
import { createKafkaSide } from './kafka-side';
import { ServiceMetrics } from '../observability/metrics';
import { registerSubgraphMetrics } from '../observability/subgraph-metrics';
import { traceparentOf } from '../observability/tracing';
import { initOrm } from '../orm/orm';
import { buildFederatedSchema } from './federated-schema';
import { serveGraphql } from './graphql-server';
import type { RunningGraphqlServer } from './graphql-server';
import type { ReadinessCheck } from './http-app';
import { mountRoutes } from './http-routes';
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
  const orm = await initOrm({
    databaseUrl: config.databaseUrl,
    entities: module.entities,
    migrations: module.migrations,
    logger,
    onQuery: options.onQuery,
  });
  if (config.seedDemoData && module.seedDemoData) {
    await orm.em.fork().transactional((em) => module.seedDemoData!(em));
  }
  const metrics = new ServiceMetrics(module.name);
  registerSubgraphMetrics(metrics, orm, { keepsDeadlines: Boolean(module.keepsDeadlines) });
  const kafkaSide = createKafkaSide(module, config, orm, logger, metrics);
  const deadlines = module.keepsDeadlines
    ? createDeadlineScheduler({ orm, service: module.name, logger, intervalMs: config.deadlineScanIntervalMs ?? 60_000 })
    : null;
  const pruner = createMessagePruner({ orm, logger, retention: config.messageRetention ?? DEFAULT_MESSAGE_RETENTION });
  const http = await serveSubgraph(module, config, orm, logger, metrics, async () => {
    const database = await orm.isConnected();
    return { ready: database, checks: { database, ...kafkaSide.status(), ...(deadlines ? { [deadlines.name]: deadlines.status() } : {}), [pruner.name]: pruner.status() } };
  });
  await kafkaSide.start();
  await deadlines?.start();
  await pruner.start();
  logger.info({ port: http.port }, `${module.name} subgraph listening`);
  return {
    url: `http://${urlHost(config.host)}:${http.port}/graphql`,
    port: http.port,
    orm,
    async stop() {
      await http.stop();
      await pruner.stop();
      await deadlines?.stop();
      await kafkaSide.stop();
      await orm.close();
    },
  };
}

/**
 * GraphQL over HTTP. Ready means able to serve: the database. Kafka is reported but not
 * required, because while it is away the API keeps working and events wait in the outbox.
 */
async function serveSubgraph(
  module: SubgraphModule,
  config: SubgraphConfig,
  orm: MikroORM,
  logger: Logger,
  metrics: ServiceMetrics,
  readiness: ReadinessCheck,
): Promise<RunningGraphqlServer> {
  const verifyIdentity = await createIdentityVerifier(config.jwt);
  const { schema } = await buildFederatedSchema(module, module.references, module.publicEntityTypes);
  const contextOf = async (req: IncomingMessage): Promise<RequestContext> => {
    const token = bearerToken(req.headers.authorization);
    const identity = token ? await verifyIdentity(token).catch(unauthenticatedHttpError) : null;
    // The request's own span (see tracingMiddleware), so events it causes continue its trace.
    return createRequestContext(orm.em.fork(), identity, logger, traceparentOf());
  };
  return serveGraphql<RequestContext>({
    apollo: { schema },
    plugins: [ApolloServerPluginInlineTraceDisabled()],
    context: ({ req }) => contextOf(req),
    routes: module.routes ? (app) => mountRoutes(app, module.routes!, contextOf, logger) : undefined,
    readiness,
    host: config.host,
    port: config.port,
    queryLimits: config.queryLimits,
    schemaDetails: config.schemaDetails,
    logger,
    metrics,
  });
}

/** Where a client on this machine reaches a server listening on `host`. */
export function urlHost(host: string): string {
  if (host === '0.0.0.0' || host === '::') return '127.0.0.1';
  return host.includes(':') ? `[${host}]` : host;
}
