import { setTimeout as sleep } from 'node:timers/promises';
import { Client } from 'pg';
import type { Logger } from 'pino';

/** The channel a trigger on `outbox_message` notifies; see the outbox-notify migration. */
export const OUTBOX_CHANNEL = 'outbox_message';

export interface OutboxNotifications {
  start(): void;
  stop(): Promise<void>;
}

/**
 * Wakes the relay when a transaction that wrote outbox rows commits, in any process (every
 * replica's relay hears it). PostgreSQL delivers a NOTIFY only on commit and only for
 * transactions that inserted a row, so the relay's own bookkeeping never wakes it. A
 * notification sent while this connection is down is lost; the relay's timed poll covers
 * that, and the connection comes back with back-off.
 */
export function listenForOutboxCommits(databaseUrl: string, onCommit: () => void, logger: Logger): OutboxNotifications {
  const stopping = new AbortController();
  // Made once, so a stop that comes while the connection is still being opened is not missed
  // (a listener added after the abort would never fire, and the stop would wait forever).
  const stopped = new Promise<void>((resolve) => stopping.signal.addEventListener('abort', () => resolve(), { once: true }));
  let client: Client | null = null;
  let loop: Promise<void> = Promise.resolve();

  async function listenUntilLost(): Promise<void> {
    const candidate = new Client({ connectionString: databaseUrl });
    const lost = new Promise<void>((resolve) => {
      candidate.once('error', (error) => {
        logger.warn({ err: error }, 'outbox notification connection lost');
        resolve();
      });
      candidate.once('end', () => resolve());
    });
    candidate.on('notification', onCommit);
    client = candidate;
    await candidate.connect();
    await candidate.query(`listen ${OUTBOX_CHANNEL}`);
    // Rows may have been committed while nobody listened.
    onCommit();
    await Promise.race([lost, stopped]);
  }

  async function run(): Promise<void> {
    for (let delay = 500; !stopping.signal.aborted; delay = Math.min(delay * 2, 10_000)) {
      const startedAt = Date.now();
      try {
        await listenUntilLost();
      } catch (error) {
        logger.warn({ err: error, retryInMs: delay }, 'cannot listen for outbox commits yet');
      }
      await client?.end().catch(() => undefined);
      client = null;
      if (Date.now() - startedAt > 60_000) delay = 500;
      await sleep(delay, undefined, { signal: stopping.signal }).catch(() => undefined);
    }
  }

  return {
    start() {
      loop = run();
    },
    async stop() {
      stopping.abort();
      await loop;
    },
  };
}
