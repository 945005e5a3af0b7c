import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import type { ApolloServerOptions, ApolloServerPlugin, BaseContext, ContextFunction } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import type { ExpressContextFunctionArgument } from '@as-integrations/express5';
import type { Express } from 'express';
import type { Logger } from 'pino';
import { createErrorFormatter } from './format-error';
import { createHttpApp, keepIdleConnectionsLonger } from './http-app';
import type { ReadinessCheck } from './http-app';
import { queryProtection } from './query-limits';
import { graphqlOverHttpStatuses } from './response-status';
import type { QueryLimits } from './query-limits';
import type { ServiceMetrics } from '../observability/metrics';
import { propagateTraceContext } from '../observability/tracing';

export interface GraphqlServerOptions<Context extends BaseContext> {
  /** A subgraph's schema, or the gateway. */
  apollo: Pick<ApolloServerOptions<Context>, 'schema' | 'gateway'>;
  plugins?: ApolloServerPlugin<Context>[];
  context: ContextFunction<[ExpressContextFunctionArgument], Context>;
  readiness: ReadinessCheck;
  host: string;
  port: number;
  queryLimits: QueryLimits;
  /** Introspection and field suggestions (development); off, they reveal nothing of the schema. */
  schemaDetails: boolean;
  logger: Logger;
  /** Timed per operation and served at `/metrics`; names the service's spans. */
  metrics: ServiceMetrics;
  /** Mounts routes beside `/graphql` (downloads), before the 404 answer. */
  routes?: (app: Express) => void;
}

export interface RunningGraphqlServer {
  port: number;
  /** Drains in-flight requests, then closes the server. */
  stop(): Promise<void>;
}

/**
 * GraphQL over HTTP, the same for the gateway and every subgraph: query limits, errors without
 * stacks or echoed input, JSON for every failure, draining on stop.
 */
export async function serveGraphql<Context extends BaseContext>(options: GraphqlServerOptions<Context>): Promise<RunningGraphqlServer> {
  propagateTraceContext();
  const httpServer = createServer();
  const protection = queryProtection(options.queryLimits, { blockFieldSuggestions: !options.schemaDetails });
  const apollo = new ApolloServer<Context>({
    ...(options.apollo as ApolloServerOptions<Context>),
    includeStacktraceInErrorResponses: false,
    introspection: options.schemaDetails,
    hideSchemaDetailsFromClientErrors: !options.schemaDetails,
    // The service stops in its own order (HTTP, Kafka, database) on a signal; Apollo's own
    // handler would stop only the server and then kill the process with the signal again.
    stopOnTerminationSignals: false,
    formatError: createErrorFormatter(options.logger),
    validationRules: protection.validationRules,
    parseOptions: protection.parseOptions,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ...(protection.plugins as ApolloServerPlugin<Context>[]),
      graphqlOverHttpStatuses<Context>(),
      options.metrics.graphqlPlugin() as ApolloServerPlugin<Context>,
      ...(options.plugins ?? []),
    ],
  });
  await apollo.start();
  httpServer.on('request', createHttpApp(apollo, options.context, options.readiness, options.logger, options.metrics, options.routes));
  keepIdleConnectionsLonger(httpServer);
  httpServer.listen(options.port, options.host);
  await once(httpServer, 'listening');
  return { port: (httpServer.address() as AddressInfo).port, stop: () => apollo.stop() };
}
