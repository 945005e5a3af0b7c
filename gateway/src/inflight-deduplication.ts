import type { Fetcher } from '@apollo/utils.fetcher';
import { headerOf, readingQueryBody } from './subgraph-request';
import type { FetchInit } from './subgraph-request';

interface SharedAnswer {
  status: number;
  statusText: string;
  headers: [string, string][];
  body: string;
}

/**
 * Merges identical subgraph queries in flight: while one is on its way, the same query with the
 * same variables from the same caller (the same `authorization`, so no one is given another's
 * data) waits for its answer instead of asking again. Nothing is kept once it is answered: this
 * is not a cache. Each waiter gets a response of its own, so the gateway reads each body once.
 */
export function deduplicateInflight(fetcher: Fetcher): Fetcher {
  const inflight = new Map<string, Promise<SharedAnswer>>();
  return (async (url: string, init?: FetchInit) => {
    const key = keyOf(url, init);
    if (key === null) return fetcher(url, init);
    let answer = inflight.get(key);
    if (!answer) {
      answer = fetcher(url, init).then(async (response) => ({
        status: response.status, statusText: response.statusText, headers: [...response.headers], body: await response.text(),
      }));
      inflight.set(key, answer);
      const forget = () => inflight.delete(key);
      answer.then(forget, forget);
    }
    const { body, ...rest } = await answer;
    return new Response(body, rest);
  }) as Fetcher;
}

function keyOf(url: string, init: FetchInit): string | null {
  const body = readingQueryBody(init);
  return body === null ? null : `${url}\n${headerOf(init, 'authorization') ?? ''}\n${body}`;
}
