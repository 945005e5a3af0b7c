import { readFile } from 'node:fs/promises';
import type { Logger } from 'pino';

const delay = async (ms: number): Promise<void> =>
  new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Signal 0 probes existence; EPERM still means "exists, not ours to signal". */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Polls because a pid that is not our child cannot be awaited. */
export async function waitForPidExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (isAlive(pid)) {
    if (Date.now() >= deadline) return false;
    await delay(100);
  }
  return true;
}

async function commandLine(pid: number): Promise<string | undefined> {
  try {
    const raw = await readFile(`/proc/${pid}/cmdline`, 'utf8');
    return raw.split('\0').join(' ');
  } catch {
    return undefined;
  }
}

/**
 * A previous run killed with SIGKILL (or a crashed test worker) leaves its
 * server running and holding the data directory's lock, and the next start
 * then fails with a confusing lock error. We stop such a leftover, but only
 * when its command line names our own data directory: a recycled pid that
 * now belongs to some unrelated process is left alone.
 */
export async function stopLeftover(opts: {
  pid: number;
  marker: string;
  signal: NodeJS.Signals;
  what: string;
  logger: Logger;
}): Promise<void> {
  const { pid, marker, signal, what, logger } = opts;
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return;
  const cmd = await commandLine(pid);
  if (cmd === undefined || !cmd.includes(marker)) return;
  logger.warn({ leftoverPid: pid }, `stopping a leftover ${what} from an earlier run`);
  try {
    process.kill(pid, signal);
  } catch {
    return;
  }
  if (await waitForPidExit(pid, 15_000)) return;
  try {
    process.kill(pid, 'SIGKILL');
  } catch {
    return;
  }
  if (!(await waitForPidExit(pid, 5_000))) {
    throw new Error(`leftover ${what} (pid ${pid}) does not exit even after SIGKILL`);
  }
}
