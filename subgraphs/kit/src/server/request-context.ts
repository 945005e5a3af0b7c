import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import type { Identity } from '../identity/identity';

/**
 * What every resolver gets: its own EntityManager fork (so identity maps never leak
 * between requests), the verified caller, and per-request DataLoaders.
 */
export interface RequestContext {
  em: EntityManager;
  identity: Identity | null;
  logger: Logger;
  /** W3C trace context of the incoming request, carried into the events it causes. */
  traceparent?: string;
  /** One DataLoader per name per request: batches entity references and nested lists. */
  loader<K, V>(name: string, batch: (keys: readonly K[]) => Promise<ArrayLike<V | Error>>): DataLoader<K, V>;
}

export function createRequestContext(
  em: EntityManager,
  identity: Identity | null,
  logger: Logger,
  traceparent?: string,
): RequestContext {
  const loaders = new Map<string, DataLoader<unknown, unknown>>();
  return {
    em,
    identity,
    logger,
    traceparent,
    loader<K, V>(name: string, batch: (keys: readonly K[]) => Promise<ArrayLike<V | Error>>): DataLoader<K, V> {
      let loader = loaders.get(name) as DataLoader<K, V> | undefined;
      if (!loader) {
        loader = new DataLoader<K, V>(batch);
        loaders.set(name, loader as DataLoader<unknown, unknown>);
      }
      return loader;
    },
  };
}

/** Groups rows by a key in the order DataLoader asked for them. */
export function groupBy<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): V[][] {
  const groups = new Map<K, V[]>(keys.map((key) => [key, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((key) => groups.get(key) ?? []);
}
