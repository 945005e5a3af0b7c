import cluster from 'node:cluster';
import type { Worker } from 'node:cluster';
import { RateLimiterClusterMaster } from 'rate-limiter-flexible';
import type { Logger } from '@xinfang/kit';

/** A worker that dies this soon after it started is failing to start, not crashing once. */
const STARTUP_FAILURE_MS = 5_000;
const MAX_RESTART_DELAY_MS = 30_000;

/**
 * The primary of a gateway cluster (`GATEWAY_WORKERS` > 1): it serves nothing itself, forks one
 * whole gateway per worker on the shared port (Node's primary hands connections out
 * round-robin), keeps the throttle's counts for all of them, and restarts a worker that dies,
 * waiting longer each time one dies right after starting so a broken configuration does not
 * spin. SIGTERM or SIGINT reaches every worker, which drains its requests; the primary exits
 * when the last has.
 */
export function runGatewayWorkers(workers: number, logger: Logger): void {
  // Before any worker exists: it answers their throttle requests.
  new RateLimiterClusterMaster();
  let stopping = false;
  let restartDelay = 500;
  const startedAt = new Map<Worker, number>();
  const fork = () => startedAt.set(cluster.fork(), Date.now());

  cluster.on('exit', (worker, code, signal) => {
    const lived = Date.now() - (startedAt.get(worker) ?? 0);
    startedAt.delete(worker);
    if (stopping) {
      if (startedAt.size === 0) process.exit();
      return;
    }
    restartDelay = lived < STARTUP_FAILURE_MS ? Math.min(restartDelay * 2, MAX_RESTART_DELAY_MS) : 500;
    logger.error({ pid: worker.process.pid, code, signal, restartInMs: restartDelay }, 'gateway worker exited; starting another');
    setTimeout(() => {
      if (!stopping) fork();
    }, restartDelay).unref();
  });
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal, workers: startedAt.size }, 'stopping gateway workers');
    if (startedAt.size === 0) process.exit();
    for (const worker of startedAt.keys()) worker.process.kill('SIGTERM');
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
  for (let count = 0; count < workers; count++) fork();
  logger.info({ workers }, 'gateway primary started its workers');
}
