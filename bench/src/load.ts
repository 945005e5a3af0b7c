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
  p50: number;
  p99: number;
  /** Responses that were not HTTP 200 with data and no `errors`: a fast error is not throughput. */
  failures: number;
  firstFailure?: string;
}

interface ConnectionContext {
  connection?: number;
  sent?: number;
}

/**
 * `connections` clients in a closed loop for `seconds` (autocannon), each request planned by
 * `plan`, every response body read and checked for GraphQL errors.
 */
export async function load(url: string, plan: CallPlan, options: { connections: number; seconds: number }): Promise<LoadResult> {
  let connections = 0;
  let failures = 0;
  let firstFailure: string | undefined;
  const result = await autocannon({
    url,
    connections: options.connections,
    duration: options.seconds,
    requests: [{
      method: 'POST',
      setupRequest: (request, raw) => {
        const context = raw as ConnectionContext;
        context.connection ??= connections++;
        const call = plan(context.connection, context.sent ?? 0);
        context.sent = (context.sent ?? 0) + 1;
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
  return { requestsPerSecond: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, failures, firstFailure };
}
