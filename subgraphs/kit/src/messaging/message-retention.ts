import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import { z } from 'zod';
import type { Component } from './component';
import { createPeriodicTask } from './periodic-task';

/** How long sent outbox rows and inbox entries are kept, and how often old ones are removed. */
export interface MessageRetention {
  outboxDays: number;
  inboxDays: number;
  intervalMs: number;
}

export const messageRetentionEnvShape = {
  /** Sent events stay a week for whoever traces a hand-off; pending ones are never removed. */
  OUTBOX_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(7),
  /**
   * An inbox entry is what makes a redelivered event a no-op, so it must outlive any
   * redelivery: longer than the topics keep messages (Kafka's default is 7 days).
   */
  INBOX_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(30),
  MESSAGE_PRUNE_INTERVAL_MS: z.coerce.number().int().min(100).default(3_600_000),
};

export function messageRetentionFrom(env: { OUTBOX_RETENTION_DAYS: number; INBOX_RETENTION_DAYS: number; MESSAGE_PRUNE_INTERVAL_MS: number }): MessageRetention {
  return { outboxDays: env.OUTBOX_RETENTION_DAYS, inboxDays: env.INBOX_RETENTION_DAYS, intervalMs: env.MESSAGE_PRUNE_INTERVAL_MS };
}

export const DEFAULT_MESSAGE_RETENTION: MessageRetention = messageRetentionFrom(z.object(messageRetentionEnvShape).parse({}));

/** Rows removed per statement, so no delete holds its locks for long. */
const BATCH = 5_000;
const DAY_MS = 24 * 3600_000;

const DELETE_SENT = `with doomed as (
    select id from outbox_message where sent_at < ? order by sent_at limit ${BATCH} for update skip locked
  ) delete from outbox_message using doomed where outbox_message.id = doomed.id`;

const DELETE_PROCESSED = `with doomed as (
    select consumer_group, event_id from inbox_entry where processed_at < ? order by processed_at limit ${BATCH} for update skip locked
  ) delete from inbox_entry using doomed
    where inbox_entry.consumer_group = doomed.consumer_group and inbox_entry.event_id = doomed.event_id`;

async function deleteInBatches(em: EntityManager, sql: string, before: Date): Promise<number> {
  let total = 0;
  for (let removed = BATCH; removed === BATCH; total += removed) {
    const result = await em.getConnection().execute<{ affectedRows: number }>(sql, [before], 'run');
    removed = result.affectedRows;
  }
  return total;
}

/**
 * Removes outbox rows sent before the retention and inbox entries processed before theirs, in
 * batches that replicas share without waiting on each other (`skip locked`). Unsent rows stay
 * whatever their age: they are events still owed to Kafka.
 */
export async function pruneMessages(em: EntityManager, retention: MessageRetention, now = new Date()): Promise<{ outbox: number; inbox: number }> {
  const outbox = await deleteInBatches(em, DELETE_SENT, new Date(now.getTime() - retention.outboxDays * DAY_MS));
  const inbox = await deleteInBatches(em, DELETE_PROCESSED, new Date(now.getTime() - retention.inboxDays * DAY_MS));
  return { outbox, inbox };
}

/** Prunes the messaging tables on a schedule, so they do not grow for ever. */
export function createMessagePruner(options: { orm: MikroORM; logger: Logger; retention: MessageRetention }): Component {
  const logger = options.logger.child({ component: 'message-pruner' });
  return createPeriodicTask({
    name: 'message-pruner',
    intervalMs: options.retention.intervalMs,
    logger,
    run: async () => {
      const removed = await pruneMessages(options.orm.em.fork(), options.retention);
      if (removed.outbox + removed.inbox > 0) logger.info(removed, 'pruned sent outbox rows and old inbox entries');
    },
  });
}
