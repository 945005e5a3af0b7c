import { RemoteGraphQLDataSource } from '@apollo/gateway';
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
  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    if (context.authorization) request.http?.headers.set('authorization', context.authorization);
    const traceparent = traceparentOf();
    if (traceparent) request.http?.headers.set('traceparent', traceparent);
  }
}
