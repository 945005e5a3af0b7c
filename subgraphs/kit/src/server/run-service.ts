import { createLogger } from '../logging/logger';
import { startTracing } from '../observability/tracing';

/**
 * A service's `main`: start it, and on SIGINT/SIGTERM stop it cleanly (drain HTTP, stop
 * consumers, close the database) before exiting. A failed start exits non-zero.
 */
export function runUntilSignalled(name: string, start: () => Promise<{ stop(): Promise<void> }>): void {
  const logger = createLogger(name);
  const tracing = startTracing(name);
  start().then(
    (service) => {
      let stopping = false;
      const shutdown = (signal: string) => {
        if (stopping) return;
        stopping = true;
        logger.info({ signal }, 'shutting down');
        service.stop().then(() => tracing.shutdown()).then(
          // process.exitCode may say why it is stopping (e.g. a crashed consumer).
          () => process.exit(),
          (error: unknown) => {
            logger.error({ err: error }, 'unclean shutdown');
            process.exit(1);
          },
        );
      };
      process.once('SIGINT', () => shutdown('SIGINT'));
      process.once('SIGTERM', () => shutdown('SIGTERM'));
    },
    (error: unknown) => {
      logger.fatal({ err: error }, 'failed to start');
      process.exit(1);
    },
  );
}
