import { RemoteGraphQLDataSource } from '@apollo/gateway';
import type { FetcherResponse } from '@apollo/utils.fetcher';
import { GraphQLError } from 'graphql';
import type { GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { traceparentOf } from '@xinfang/kit';
import type { Identity } from '@xinfang/kit';

/** What the gateway knows about a request once the token is verified. */
export interface GatewayContext {
  identity: Identity | null;
  /** The caller's bearer token, passed on so every subgraph verifies it for itself. */
  authorization?: string;
  /** The address the request came from, for throttling the public lookup. */
  clientAddress?: string;
}

/**
 * Passes the caller's token and trace context to subgraphs. The token itself travels, not
 * a header the gateway asserts: a subgraph trusts only what it can verify. The trace context
 * is the active one: the gateway's fetch span when tracing records, else the caller's own.
 */
export class IdentityForwardingDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  /** The subgraph's name in the supergraph, for errors that say which one is missing. */
  readonly serviceName: string;

  constructor(config: NonNullable<ConstructorParameters<typeof RemoteGraphQLDataSource<GatewayContext>>[0]> & { serviceName: string }) {
    super(config);
    this.serviceName = config.serviceName;
  }

  override didEncounterError(error: Error, _request: unknown, response?: FetcherResponse): void {
    if (!response || response.status >= 500) throw unavailableError(this.serviceName, error, response?.status);
    throw error;
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    if (context.authorization) request.http?.headers.set('authorization', context.authorization);
    const traceparent = traceparentOf();
    if (traceparent) request.http?.headers.set('traceparent', traceparent);
  }
}

/**
 * A subgraph that cannot be reached (refused, reset, timed out, or answering 5xx) is named in the
 * answer with a code a client can act on, instead of an anonymous internal error: the rest of the
 * query is answered from the others, and the client knows what is missing and that it may retry.
 */
export function unavailableError(serviceName: string, error: Error, status?: number): GraphQLError {
  return new GraphQLError(`The ${serviceName} service is not answering${status ? ` (HTTP ${status})` : ''}; the rest of the answer is complete, try again shortly for its part`, {
    originalError: error,
    extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName },
  });
}
