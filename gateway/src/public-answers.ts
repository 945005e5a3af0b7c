import { LRUCache } from 'lru-cache';
import type { Fetcher } from '@apollo/utils.fetcher';
import { readingQueryBody } from './subgraph-request';
import type { FetchInit } from './subgraph-request';

interface KeptAnswer {
  status: number;
  headers: [string, string][];
  body: string;
  expiresAt: number;
}

/** What Apollo Server sends for a cacheable answer (see its cache control plugin). */
const CACHEABLE = /^max-age=(\d+), public$/;

/**
 * Keeps the subgraph answers their subgraph marked public (`Cache-Control: max-age=N, public`,
 * from `@cacheControl` hints: the agency directory) for as long as it said, so the gateway asks
 * for the same agencies once per that while, not once per request. Only what a subgraph marked
 * public is kept, so an answer is shared whoever asks; anything with a field left unmarked, a
 * mutation, an error or any other status is passed through untouched. Bounded: the least
 * recently used answers go first. A kept answer carries the seconds it has left, so the
 * gateway's own Cache-Control to the client never promises more than the subgraph did.
 */
export function keepPublicAnswers(fetcher: Fetcher, maxEntries: number): Fetcher {
  const kept = new LRUCache<string, KeptAnswer>({ max: maxEntries });
  return (async (url: string, init?: FetchInit) => {
    const key = keyOf(url, init);
    if (key === null) return fetcher(url, init);
    const now = Date.now();
    const answer = kept.get(key);
    if (answer && answer.expiresAt > now) return responseOf(answer, now);
    const response = await fetcher(url, init);
    const maxAge = CACHEABLE.exec(response.headers.get('cache-control') ?? '')?.[1];
    if (response.status !== 200 || !maxAge || Number(maxAge) === 0) return response;
    const fresh: KeptAnswer = { status: response.status, headers: [...response.headers], body: await response.text(), expiresAt: now + Number(maxAge) * 1000 };
    // Apollo marks answers with errors uncacheable; checked again, as nothing wrong may be shared.
    if (!hasErrors(fresh.body)) kept.set(key, fresh);
    return responseOf(fresh, now);
  }) as Fetcher;
}

function keyOf(url: string, init: FetchInit): string | null {
  const body = readingQueryBody(init);
  return body === null ? null : `${url}\n${body}`;
}

function responseOf(answer: KeptAnswer, now: number): Response {
  const headers = new Headers(answer.headers);
  headers.set('cache-control', `max-age=${Math.max(0, Math.floor((answer.expiresAt - now) / 1000))}, public`);
  return new Response(answer.body, { status: answer.status, headers }) as Response;
}

function hasErrors(body: string): boolean {
  try {
    return (JSON.parse(body) as { errors?: unknown[] }).errors !== undefined;
  } catch {
    return true;
  }
}
