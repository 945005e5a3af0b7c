import { GraphQLError, Kind } from 'graphql';
import type { OperationDefinitionNode } from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';
import { HeaderMap } from '@apollo/server';
import cluster from 'node:cluster';
import { RateLimiterCluster, RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import type { GatewayContext } from './identity-forwarding';

/** The public operations a stranger may call without a token: guessing at them is throttled. */
const PUBLIC_LOOKUPS = new Set(['petitionByTrackingNumber', 'ratePetition']);

export interface ThrottleLimits {
  /** Public look-ups per client address a minute. */
  lookupsPerMinute: number;
  /** Mutations per signed-in person a minute. */
  mutationsPerMinute: number;
}

function rateLimited(message: string, refused: RateLimiterRes): GraphQLError {
  const retryAfter = String(Math.max(1, Math.ceil(refused.msBeforeNext / 1000)));
  return new GraphQLError(message, { extensions: { code: 'RATE_LIMITED', http: { status: 429, headers: new HeaderMap([['retry-after', retryAfter]]) } } });
}

/** Spends `points` of a key's minute, or says how long until there are enough again. */
async function spend(limiter: RateLimiterAbstract, key: string, points: number, message: string): Promise<void> {
  if (points === 0) return;
  try {
    await limiter.consume(key, points);
  } catch (refused) {
    if (refused instanceof RateLimiterRes) throw rateLimited(message, refused);
    throw refused;
  }
}

const lookupsIn = (operation: OperationDefinitionNode) =>
  operation.selectionSet.selections.filter((selection) => selection.kind === Kind.FIELD && PUBLIC_LOOKUPS.has(selection.name.value)).length;

/**
 * Throttles, per gateway replica, before anything runs, with RATE_LIMITED (HTTP 429 and
 * `retry-after`): public look-ups per client address (guessing one number is also locked by
 * the petitions subgraph after a few wrong codes; this stops one client walking many numbers),
 * and mutations per signed-in person (each root mutation field counts), so a stolen token or
 * a runaway script cannot flood the agencies' records.
 */
export function requestThrottle(limits: ThrottleLimits): ApolloServerPlugin<GatewayContext> {
  const lookups = perMinute('lookups', limits.lookupsPerMinute);
  const mutations = perMinute('mutations', limits.mutationsPerMinute);
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          if (!operation) return;
          await spend(lookups, contextValue.clientAddress ?? 'unknown', lookupsIn(operation), 'Too many look-ups from this address; try again in a minute');
          if (operation.operation !== 'mutation' || !contextValue.identity) return;
          const changes = operation.selectionSet.selections.length - lookupsIn(operation);
          await spend(mutations, contextValue.identity.userId, changes, 'Too many changes from this account; try again in a minute');
        },
      };
    },
  };
}

/**
 * A limiter of `points` a minute. In a worker of the gateway's cluster the counts live in the
 * primary (rate-limiter-flexible's cluster limiter, over the workers' IPC channel), so a person
 * has one allowance however the primary spreads their connections over the workers.
 */
function perMinute(keyPrefix: string, points: number): RateLimiterAbstract {
  const options = { keyPrefix, points, duration: 60 };
  return cluster.isWorker ? new RateLimiterCluster({ ...options, timeoutMs: 1_000 }) : new RateLimiterMemory(options);
}
