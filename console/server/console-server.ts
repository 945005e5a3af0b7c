import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import express from 'express';
import type { Response } from 'express';
import { createProxyServer } from 'http-proxy-3';
import { signIdentityToken } from '@xinfang/kit';
import type { Identity, Logger, TokenSigningOptions } from '@xinfang/kit';

/** Where `vite build` writes the application. */
export const consoleAppDir = resolve(__dirname, '..', 'app');

/** People one may sign in as without a password, on a platform signing its own development tokens. */
export interface DemoSignIn {
  /** By key (`reception`, `handler`, ...), with their agency's name for the picker. */
  users: Record<string, Identity & { agencyName?: string }>;
  signing: TokenSigningOptions;
}

export interface ConsoleServerOptions {
  host: string;
  /** 0 for any free port. */
  port: number;
  /** The gateway's GraphQL endpoint: the console's `/graphql` and `/exports` go there. */
  gatewayUrl: string;
  /** Demo sign-in, on the local platform only; without it the page asks for a token. */
  demoSignIn?: DemoSignIn;
  logger: Logger;
}

export interface RunningConsole {
  url: string;
  stop(): Promise<void>;
}

/**
 * The web console's own origin: the built application, the gateway's `/graphql` and `/exports`
 * behind the same origin (no cross-origin setup, cookies or preflights), and, on the local
 * platform, the demo sign-in that hands out development tokens for the demo city's staff.
 */
export async function startConsoleServer(options: ConsoleServerOptions): Promise<RunningConsole> {
  if (!existsSync(join(consoleAppDir, 'index.html'))) throw new Error(`The console is not built (${consoleAppDir}): run npm run build`);
  const app = express();
  app.disable('x-powered-by');
  const gateway = new URL(options.gatewayUrl);
  const proxy = createProxyServer({ target: gateway.origin, xfwd: true });
  const unavailable = (res: Response) => (error: Error) => {
    options.logger.warn({ err: error }, 'the gateway did not answer the console');
    if (res.headersSent) res.destroy();
    else res.status(502).json({ errors: [{ message: 'The gateway did not answer; try again shortly', extensions: { code: 'GATEWAY_UNAVAILABLE' } }] });
  };
  app.use(['/graphql', '/exports'], (req, res) => {
    req.url = req.originalUrl;
    proxy.web(req, res, {}, unavailable(res));
  });
  app.get('/session/options', (_req, res) => {
    res.json({ demoUsers: options.demoSignIn ? Object.entries(options.demoSignIn.users).map(([key, identity]) => ({ key, ...identity })) : [] });
  });
  if (options.demoSignIn) mountDemoSignIn(app, options.demoSignIn);
  app.use(express.static(consoleAppDir, { index: false, maxAge: '1h', immutable: false }));
  // Every other path is a screen of the single-page application.
  app.use((req, res, next) => (req.method === 'GET' ? res.sendFile(join(consoleAppDir, 'index.html'), { headers: { 'cache-control': 'no-cache' } }) : next()));
  // A body that is not JSON, or too large, is the caller's mistake: said in JSON, without a stack.
  app.use((error: Error & { status?: number; type?: string }, _req: express.Request, res: Response, _next: express.NextFunction) => {
    const status = error.status && error.status >= 400 && error.status < 500 ? error.status : 500;
    if (status === 500) options.logger.error({ err: error }, 'console server error');
    res.status(status).json({ errors: [{ message: status === 500 ? 'Internal error' : `Bad request: ${error.type ?? error.message}`, extensions: { code: status === 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST' } }] });
  });
  const server = createServer(app);
  server.listen(options.port, options.host);
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  const host = options.host === '0.0.0.0' || options.host === '::' ? '127.0.0.1' : options.host;
  return {
    url: `http://${host}:${port}/`,
    stop: () => new Promise<void>((done) => {
      server.close(() => done());
      server.closeAllConnections();
    }),
  };
}

/** `POST /session/demo-token {"user": "reception"}`: a development token for one of the demo city's people. */
function mountDemoSignIn(app: express.Express, demo: DemoSignIn): void {
  app.post('/session/demo-token', express.json({ limit: '1kb' }), (req, res) => {
    const key = (req.body as { user?: unknown } | undefined)?.user;
    const identity = typeof key === 'string' && Object.hasOwn(demo.users, key) ? demo.users[key] : undefined;
    if (!identity) {
      res.status(400).json({ errors: [{ message: `No demo user ${JSON.stringify(key)}; choose one of ${Object.keys(demo.users).join(', ')}`, extensions: { code: 'BAD_USER_INPUT', field: 'user' } }] });
      return;
    }
    const { userId, name, agencyId, roles } = identity;
    signIdentityToken({ userId, name, agencyId, roles }, demo.signing).then((token) => res.json({ token, identity: { userId, name, agencyId, roles } }), (error: unknown) => {
      res.status(500).json({ errors: [{ message: error instanceof Error ? error.message : 'Could not sign', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
    });
  });
}
