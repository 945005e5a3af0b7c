import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';

/**
 * Applies an event's effect once per consumer group, however often and however concurrently it
 * is delivered (a redelivery after a crash, two replicas during a rebalance). The event's id goes
 * into the inbox in the same transaction as the effect: a second delivery's insert waits on the
 * unique key until the first commits, then finds it and does nothing; if the first rolled back,
 * the second applies it.
 */
export async function applyOnce(
  orm: MikroORM,
  groupId: string,
  event: { id: string; type: string },
  effect: (em: EntityManager) => Promise<void>,
): Promise<'applied' | 'duplicate'> {
  return orm.em.fork().transactional(async (em) => {
    const inserted = await em.execute<unknown[]>(
      'insert into inbox_entry (consumer_group, event_id, event_type, processed_at) values (?, ?, ?, now()) on conflict do nothing returning event_id',
      [groupId, event.id, event.type],
    );
    if (inserted.length === 0) return 'duplicate' as const;
    await effect(em as EntityManager);
    return 'applied' as const;
  });
}
