import type { Fetcher } from '@apollo/utils.fetcher';

export type FetchInit = Parameters<Fetcher>[1];

/** A mutation changes something each time it is sent: never merged, never kept. */
const MUTATION = /^\s*mutation\b/;

/**
 * The body of a subgraph request that only reads (a POSTed query, not a mutation), which may be
 * merged with an identical one or answered from what was kept; null for anything else.
 */
export function readingQueryBody(init: FetchInit): string | null {
  const body = init?.body;
  if (init?.method !== 'POST' || typeof body !== 'string') return null;
  const { query } = JSON.parse(body) as { query?: string };
  return typeof query !== 'string' || MUTATION.test(query) ? null : body;
}

/** Apollo's data source sends headers as a plain object of lower-case names. */
export function headerOf(init: FetchInit, name: string): string | undefined {
  const headers = init?.headers as Record<string, string> | undefined;
  return headers?.[name];
}
