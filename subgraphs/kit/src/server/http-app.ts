import { expressMiddleware } from '@as-integrations/express5';
import type { ApolloServer, ContextFunction } from '@apollo/server';
import type { ExpressContextFunctionArgument } from '@as-integrations/express5';
import type { Server } from 'node:http';
import express from 'express';
import type { ErrorRequestHandler, Express, RequestHandler } from 'express';
import type { Logger } from 'pino';
import type { ServiceMetrics } from '../observability/metrics';
import { tracingMiddleware } from '../observability/tracing';

export type ReadinessCheck = () => Promise<{ ready: boolean; checks: Record<string, unknown> }>;

/** The largest request body accepted; an operation with its variables is far smaller. */
export const MAX_BODY = '1mb';

/** An error shaped like a GraphQL response, so a client reads every failure the same way. */
function sendError(res: express.Response, status: number, code: string, message: string): void {
  res.status(status).json({ errors: [{ message, extensions: { code } }] });
}

/** GraphQL over HTTP is JSON; anything else would reach Apollo without a body. */
const requireJsonPost: RequestHandler = (req, res, next) => {
  if (req.method === 'POST' && !req.is('application/json')) {
    sendError(res, 415, 'BAD_REQUEST', 'Send the operation as JSON (content-type: application/json)');
    return;
  }
  next();
};

/** Body-parser failures as JSON, never Express's HTML page with a stack and server paths. */
function bodyErrors(logger: Logger): ErrorRequestHandler {
  return (error: { status?: number; type?: string; message?: string }, req, res, _next) => {
    const status = typeof error.status === 'number' && error.status >= 400 && error.status < 500 ? error.status : 500;
    if (status === 500) logger.error({ err: error, path: req.path }, 'unexpected HTTP error');
    else logger.info({ status, type: error.type, path: req.path }, 'refused a malformed request');
    const [code, message] =
      error.type === 'entity.too.large' ? ['PAYLOAD_TOO_LARGE', `The request body is larger than ${MAX_BODY}`]
      : error.type === 'entity.parse.failed' ? ['BAD_REQUEST', 'The request body is not valid JSON']
      : status === 500 ? ['INTERNAL_SERVER_ERROR', 'Internal server error']
      : ['BAD_REQUEST', 'The request could not be read'];
    sendError(res, status, code, message);
  };
}

/** `/graphql`, plus the liveness and readiness probes orchestrators and the launcher poll, Prometheus' `/metrics`, and any routes of the service's own. */
export function createHttpApp<Context extends object>(
  apollo: ApolloServer<Context>,
  context: ContextFunction<[ExpressContextFunctionArgument], Context>,
  readiness: ReadinessCheck,
  logger: Logger,
  metrics: ServiceMetrics,
  routes?: (app: Express) => void,
): Express {
  const app = express();
  app.disable('x-powered-by');
  app.use(tracingMiddleware(metrics.service));
  app.get('/health/live', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/health/ready', async (_req, res) => {
    const { ready, checks } = await readiness();
    res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'not ready', checks });
  });
  metrics.mount(app);
  app.use('/graphql', requireJsonPost, express.json({ limit: MAX_BODY }), expressMiddleware(apollo, { context }));
  routes?.(app);
  app.use((req, res) => sendError(res, 404, 'NOT_FOUND', `No such endpoint: ${req.method} ${req.path.slice(0, 100)}; GraphQL is served at /graphql`));
  app.use(bodyErrors(logger));
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
