import { expressMiddleware } from '@as-integrations/express5';
import type { ApolloServer, ContextFunction } from '@apollo/server';
import type { ExpressContextFunctionArgument } from '@as-integrations/express5';
import type { Server } from 'node:http';
import express from 'express';
import type { Express } from 'express';

export type ReadinessCheck = () => Promise<{ ready: boolean; checks: Record<string, unknown> }>;

/** `/graphql`, plus the liveness and readiness probes orchestrators and the launcher poll. */
export function createHttpApp<Context extends object>(
  apollo: ApolloServer<Context>,
  context: ContextFunction<[ExpressContextFunctionArgument], Context>,
  readiness: ReadinessCheck,
): Express {
  const app = express();
  app.disable('x-powered-by');
  app.get('/health/live', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/health/ready', async (_req, res) => {
    const { ready, checks } = await readiness();
    res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'not ready', checks });
  });
  app.use('/graphql', express.json({ limit: '1mb' }), expressMiddleware(apollo, { context }));
  return app;
}

/**
 * Node closes idle keep-alive connections after 5 s; a proxy or gateway that pools
 * connections longer can send a request down a socket just as it closes. Keep them
 * longer than common client pools (60 s), and announce it in the Keep-Alive header.
 */
export function keepIdleConnectionsLonger(server: Server): void {
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
}
