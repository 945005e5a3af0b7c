import { GraphQLError, Kind } from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';
import type { GatewayContext } from './identity-forwarding';

/** The public operations a stranger may call without a token: guessing at them is throttled. */
const PUBLIC_LOOKUPS = new Set(['petitionByTrackingNumber', 'ratePetition']);
const WINDOW_MS = 60_000;
/** Beyond this many clients the oldest are forgotten, so a flood of addresses cannot exhaust memory. */
const MAX_CLIENTS = 50_000;

/**
 * At most `perMinute` public lookups per client address per minute (in this gateway replica),
 * answered beyond that with RATE_LIMITED (HTTP 429). Guessing one number is also locked by
 * the petitions subgraph after a few wrong codes; this stops one client walking many numbers.
 */
export function lookupThrottle(perMinute: number): ApolloServerPlugin<GatewayContext> {
  const seen = new Map<string, number[]>();
  const admit = (client: string, now: number): boolean => {
    const recent = (seen.get(client) ?? []).filter((at) => now - at < WINDOW_MS);
    seen.delete(client); // re-inserted last: the map stays ordered by last use
    if (recent.length >= perMinute) {
      seen.set(client, recent);
      return false;
    }
    seen.set(client, [...recent, now]);
    if (seen.size > MAX_CLIENTS) seen.delete(seen.keys().next().value!);
    return true;
  };
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          const lookups = (operation?.selectionSet.selections ?? []).filter((selection) => selection.kind === Kind.FIELD && PUBLIC_LOOKUPS.has(selection.name.value)).length;
          if (lookups === 0) return;
          const now = Date.now();
          for (let count = 0; count < lookups; count++) {
            if (!admit(contextValue.clientAddress ?? 'unknown', now)) {
              throw new GraphQLError('Too many look-ups from this address; try again in a minute', { extensions: { code: 'RATE_LIMITED', http: { status: 429 } } });
            }
          }
        },
      };
    },
  };
}
