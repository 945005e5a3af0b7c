import { GraphQLError } from 'graphql';
import type { Express, Request, Response } from 'express';
import type { Logger } from 'pino';
import { UnauthenticatedError } from '../errors/errors';
import type { RequestContext } from './request-context';

/** A download or other plain-HTTP endpoint beside `/graphql`: the request, the response, and the same context a resolver gets. */
export type RouteHandler = (req: Request, res: Response, context: RequestContext) => Promise<void>;

export interface SubgraphRoutes {
  /** A GET route needing a verified identity, like every GraphQL field not marked public. */
  get(path: string, handler: RouteHandler): void;
}

/** A subgraph's extra routes, declared once in its module. */
export type SubgraphRoutesDefinition = (routes: SubgraphRoutes) => void;

const STATUS_OF_CODE: Record<string, number> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, BAD_USER_INPUT: 400, NOT_FOUND: 404, CONFLICT: 409 };

/**
 * Mounts a subgraph's routes on its HTTP app. Each request gets its context from the bearer
 * token exactly as `/graphql` does (401 without a valid one); a domain error answers with its
 * status and code in the GraphQL error shape, anything else with 500 and no detail. Once a
 * streamed body has begun, a failure can only cut it short: the connection is destroyed, so a
 * client never takes a truncated file for a whole one.
 */
export function mountRoutes(app: Express, define: SubgraphRoutesDefinition, contextOf: (req: Request) => Promise<RequestContext>, logger: Logger): void {
  define({
    get(path, handler) {
      app.get(path, async (req, res) => {
        try {
          const context = await contextOf(req);
          if (!context.identity) throw new UnauthenticatedError();
          await handler(req, res, context);
        } catch (error) {
          const code = error instanceof GraphQLError ? String(error.extensions.code ?? '') : '';
          const status = STATUS_OF_CODE[code];
          if (!status) logger.error({ err: error, path: req.path }, 'route failed');
          if (res.headersSent) {
            res.destroy();
            return;
          }
          res.status(status ?? 500).json({ errors: [{ message: status ? (error as Error).message : 'Internal server error', extensions: { code: status ? code : 'INTERNAL_SERVER_ERROR' } }] });
        }
      });
    },
  });
}
