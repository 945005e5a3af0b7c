import { readFile } from 'node:fs/promises';
import { ApolloGateway } from '@apollo/gateway';
import type { Fetcher } from '@apollo/utils.fetcher';
import { ServiceMetrics, bearerToken, createIdentityVerifier, createLogger, serveGraphql, unauthenticatedHttpError, urlHost } from '@xinfang/kit';
import type { Logger, ReadinessCheck } from '@xinfang/kit';
import type { GatewayConfig } from './gateway-config';
import { deduplicateInflight } from './inflight-deduplication';
import { keepPublicAnswers } from './public-answers';
import { IdentityForwardingDataSource } from './identity-forwarding';
import { exportDownloads } from './export-downloads';
import { requestThrottle } from './request-throttle';
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
  const subgraphUrls = new Map<string, string>();
  const gateway = new ApolloGateway({
    supergraphSdl,
    // Node's fetch retires pooled sockets before the server's announced keep-alive timeout;
    // the default fetcher keeps them forever and races the server closing idle ones
    // ("socket hang up" after a quiet spell).
    buildService: ({ name, url }) => {
      const target = config.subgraphUrls[name] ?? url ?? '';
      subgraphUrls.set(name, target);
      return new IdentityForwardingDataSource({ url: target, serviceName: name, fetcher: subgraphFetcher(config) });
    },
  });
  const server = await serveGraphql<GatewayContext>({
    apollo: { gateway },
    context: async ({ req }) => {
      const authorization = req.headers.authorization;
      const token = bearerToken(authorization);
      const identity = token ? await verifyIdentity(token).catch(unauthenticatedHttpError) : null;
      return { identity, authorization: token ? authorization : undefined, clientAddress: req.socket.remoteAddress };
    },
    plugins: [requestThrottle({ lookupsPerMinute: config.lookupsPerMinute, mutationsPerMinute: config.mutationsPerMinute })],
    readiness: subgraphsReady(subgraphUrls),
    routes: exportDownloads(subgraphUrls, verifyIdentity, logger),
    host: config.host,
    port: config.port,
    queryLimits: config.queryLimits,
    schemaDetails: config.schemaDetails,
    logger,
    metrics: new ServiceMetrics('gateway'),
  });
  logger.info({ port: server.port }, 'gateway listening');
  return { url: `http://${urlHost(config.host)}:${server.port}/graphql`, port: server.port, stop: () => server.stop() };
}

/** Node's fetch, with identical queries in flight merged, and public answers kept: each as configured. */
function subgraphFetcher(config: GatewayConfig): Fetcher {
  let fetcher = fetch as unknown as Fetcher;
  if (config.deduplicateInflight) fetcher = deduplicateInflight(fetcher);
  if (config.publicAnswers > 0) fetcher = keepPublicAnswers(fetcher, config.publicAnswers);
  return fetcher;
}

/** Ready when every subgraph says it is; the body names any that does not answer. */
function subgraphsReady(urls: Map<string, string>): ReadinessCheck {
  return async () => {
    const checks = Object.fromEntries(
      await Promise.all(
        [...urls].map(async ([name, url]) => {
          const probe = new URL('/health/ready', url);
          const ok = await fetch(probe, { signal: AbortSignal.timeout(2_000) }).then((res) => res.ok, () => false);
          return [name, ok] as const;
        }),
      ),
    );
    return { ready: urls.size > 0 && Object.values(checks).every(Boolean), checks };
  };
}
