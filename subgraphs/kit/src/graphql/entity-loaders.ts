import type DataLoader from 'dataloader';
import type { EntityClass, FilterQuery, QueryOrderMap } from '@mikro-orm/core';
import { groupBy } from '../server/request-context';
import type { RequestContext } from '../server/request-context';

/** A concept's rows by id, one query per request however many are asked for; unknown ids resolve to null. */
export function loaderById<T extends { id: string }>(context: RequestContext, entity: EntityClass<T>): DataLoader<string, T | null> {
  return context.loader<string, T | null>(`${entity.name}:byId`, async (ids) => {
    const rows = await context.em.find(entity, { id: { $in: [...ids] } } as unknown as FilterQuery<T>);
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

/**
 * A concept's rows grouped by one of its fields (the referrals of many cases, the staff of
 * many agencies), one query per request, each group in `orderBy`. `where` narrows every group
 * alike and is part of the loader's name, so differently narrowed lists never share a batch.
 */
export function loaderByField<T extends object, K extends keyof T & string>(
  context: RequestContext,
  entity: EntityClass<T>,
  field: K,
  options: { orderBy: QueryOrderMap<T>; where?: FilterQuery<T>; name?: string },
): DataLoader<string, T[]> {
  const name = `${entity.name}:by:${field}:${options.name ?? JSON.stringify(options.where ?? {})}`;
  return context.loader<string, T[]>(name, async (keys) => {
    const where = { ...(options.where as object), [field]: { $in: [...keys] } } as FilterQuery<T>;
    const rows = await context.em.find(entity, where, { orderBy: options.orderBy });
    return groupBy(keys, rows, (row) => row[field] as unknown as string);
  });
}
