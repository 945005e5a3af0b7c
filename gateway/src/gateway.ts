import { once } from 'node:events';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloGateway } from '@apollo/gateway';
import type { Fetcher } from '@apollo/utils.fetcher';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { GraphQLError } from 'graphql';
import { bearerToken, createIdentityVerifier, createLogger, keepIdleConnectionsLonger } from '@xinfang/kit';
import type { Logger } from '@xinfang/kit';
import type { GatewayConfig } from './gateway-config';
import { IdentityForwardingDataSource } from './identity-forwarding';
import type { GatewayContext } from './identity-forwarding';

export interface RunningGateway {
  url: string;
  port: number;
  stop(): Promise<void>;
}

/**
 * The one public entry point: a static supergraph (no introspection of running subgraphs),
 * the caller's token verified here first and again by each subgraph.
 */
export async function startGateway(config: GatewayConfig, logger: Logger = createLogger('gateway', config.logLevel)): Promise<RunningGateway> {
  const supergraphSdl = await readFile(config.supergraphPath, 'utf8');
  const verifyIdentity = await createIdentityVerifier(config.jwt);
  const gateway = new ApolloGateway({
    supergraphSdl,
    // Node's fetch retires pooled sockets before the server's announced keep-alive timeout;
    // the default fetcher keeps them forever and races the server closing idle ones
    // ("socket hang up" after a quiet spell).
    buildService: ({ name, url }) => new IdentityForwardingDataSource({ url: config.subgraphUrls[name] ?? url, fetcher: fetch as unknown as Fetcher }),
  });
  const httpServer = createServer();
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    includeStacktraceInErrorResponses: false,
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer })],
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  app.get('/health/live', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const authorization = req.headers.authorization;
        const token = bearerToken(authorization);
        const identity = token ? await verifyIdentity(token).catch(unauthenticated) : null;
        const traceparent = typeof req.headers.traceparent === 'string' ? req.headers.traceparent : undefined;
        return { identity, authorization: token ? authorization : undefined, traceparent };
      },
    }),
  );
  httpServer.on('request', app);
  keepIdleConnectionsLonger(httpServer);
  httpServer.listen(config.port, '0.0.0.0');
  await once(httpServer, 'listening');
  const port = (httpServer.address() as AddressInfo).port;
  logger.info({ port }, 'gateway listening');
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    port,
    stop: () => apollo.stop(),
  };
}

function unauthenticated(error: unknown): never {
  const message = error instanceof Error ? error.message : 'Invalid token';
  throw new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
}
