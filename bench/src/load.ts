import autocannon from 'autocannon';

/** One GraphQL request a connection sends: the body and the caller's token. */
export interface Call {
  query: string;
  variables: Record<string, unknown>;
  token: string;
}

/** What a connection sends next: its index among the connections, and how many it sent before. */
export type CallPlan = (connection: number, sent: number) => Call;

export interface LoadResult {
  requestsPerSecond: number;
  requests: number;
  p50: number;
  p99: number;
  /** Responses that were not HTTP 200 with data and no `errors`: a fast error is not throughput. */
  failures: number;
  firstFailure?: string;
}

interface ConnectionContext {
  connection?: number;
}

/** autocannon's per-connection state: a context it clones afresh before each request. */
interface ClientInternals {
  requestIterator: { initialContext: ConnectionContext; resetContext(): void; rebuildRequest(): void };
}

/**
 * `connections` clients in a closed loop for `seconds` (autocannon), each request planned by
 * `plan`, every response body read and checked for GraphQL errors.
 */
export async function load(url: string, plan: CallPlan, options: { connections: number; seconds: number }): Promise<LoadResult> {
  let connections = 0;
  const sentBy: number[] = [];
  let failures = 0;
  let firstFailure: string | undefined;
  const result = await autocannon({
    url,
    connections: options.connections,
    duration: options.seconds,
    // Each connection keeps its number for the whole run (autocannon resets the context per request).
    setupClient: (client) => {
      const iterator = (client as unknown as ClientInternals).requestIterator;
      iterator.initialContext = { connection: connections++ };
      iterator.resetContext();
      iterator.rebuildRequest();
    },
    requests: [{
      method: 'POST',
      setupRequest: (request, raw) => {
        const connection = (raw as ConnectionContext).connection ?? 0;
        const sent = sentBy[connection] ?? 0;
        sentBy[connection] = sent + 1;
        const call = plan(connection, sent);
        return {
          ...request,
          headers: { 'content-type': 'application/json', authorization: `Bearer ${call.token}` },
          body: JSON.stringify({ query: call.query, variables: call.variables }),
        };
      },
      onResponse: (status, body) => {
        if (status === 200 && body.startsWith('{"data"') && !body.includes('"errors"')) return;
        failures++;
        firstFailure ??= `${status} ${body.slice(0, 300)}`;
      },
    }],
  });
  return { requestsPerSecond: result.requests.average, requests: result.requests.total, p50: result.latency.p50, p99: result.latency.p99, failures, firstFailure };
}
