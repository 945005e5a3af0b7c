import type { Express, RequestHandler, Response } from 'express';
import { createProxyServer } from 'http-proxy-3';
import { bearerToken } from '@xinfang/kit';
import type { Logger } from '@xinfang/kit';

/** The subgraph that serves the downloads (`/exports/petitions.xlsx`, `/exports/overdue.csv`, ...). */
const EXPORTS_SUBGRAPH = 'petitions';

function refuse(res: Response, status: number, code: string, message: string): void {
  res.status(status).json({ errors: [{ message, extensions: { code } }] });
}

/** Refuses a caller without a valid token here, as `/graphql` does, before anything reaches the subgraph. */
function verifiedCaller(verify: (token: string) => Promise<unknown>): RequestHandler {
  return (req, res, next) => {
    const token = bearerToken(req.headers.authorization);
    if (!token) return refuse(res, 401, 'UNAUTHENTICATED', 'Send a bearer token');
    verify(token).then(() => next(), (error: unknown) => refuse(res, 401, 'UNAUTHENTICATED', error instanceof Error ? error.message : 'Invalid token'));
  };
}

/**
 * Downloads through the one public entry point: the gateway checks the caller, then streams the
 * petitions subgraph's file through unchanged (its token goes along, so the subgraph applies
 * the same access rule as its queries). Nothing is buffered: a large export flows as written.
 */
export function exportDownloads(subgraphUrls: ReadonlyMap<string, string>, verify: (token: string) => Promise<unknown>, logger: Logger): (app: Express) => void {
  const proxy = createProxyServer({ xfwd: true });
  const streamThrough: RequestHandler = (req, res) => {
    // The subgraph's address is known once the supergraph is loaded; Express strips `/exports`.
    const target = `${new URL(subgraphUrls.get(EXPORTS_SUBGRAPH) ?? 'http://127.0.0.1').origin}/exports`;
    proxy.web(req, res, { target }, (error) => {
      logger.warn({ err: error, path: req.originalUrl }, 'export download failed');
      if (res.headersSent) res.destroy();
      else refuse(res, 502, 'SUBGRAPH_UNAVAILABLE', 'The petitions service did not answer; try again shortly');
    });
  };
  return (app) => {
    app.use('/exports', verifiedCaller(verify), streamThrough);
  };
}
