import { setTimeout as sleep } from 'node:timers/promises';
import type { Logger } from 'pino';
import type { Component } from './component';

export interface PeriodicTaskOptions {
  name: string;
  intervalMs: number;
  logger: Logger;
  /** One round of the work; a failure is logged, reported as not ready, and tried again next round. */
  run(): Promise<void>;
}

/**
 * Work a service does on a schedule (deadline scans, pruning): one round at start, then one
 * every interval, never two at once, and stop waits for the round in progress.
 */
export function createPeriodicTask(options: PeriodicTaskOptions): Component {
  const stopping = new AbortController();
  let loop: Promise<void> = Promise.resolve();
  let lastError: string | null = null;

  async function rounds(): Promise<void> {
    while (!stopping.signal.aborted) {
      try {
        await options.run();
        lastError = null;
      } catch (error) {
        lastError = error instanceof Error ? error.message : String(error);
        options.logger.warn({ err: error, component: options.name }, 'scheduled work failed; trying again at the next interval');
      }
      await sleep(options.intervalMs, undefined, { signal: stopping.signal }).catch(() => undefined);
    }
  }

  return {
    name: options.name,
    async start() {
      loop = rounds();
    },
    async stop() {
      stopping.abort();
      await loop;
    },
    status: () => ({ ready: lastError === null, detail: lastError ?? undefined }),
  };
}
