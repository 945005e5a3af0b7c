import { createLogger } from '@xinfang/kit/partner-system';
import { readConnectorConfig } from './config';
import { startConnector } from './connector';
import { serveHealth } from './health';

/**
 * A partner agency's connector as a process: reads its config, answers referrals until SIGTERM
 * or SIGINT, then leaves its consumer group and exits. Run it with `node partner-connector/dist/main.js`.
 */
async function main(): Promise<void> {
  const config = readConnectorConfig();
  const logger = createLogger('partner-connector', config.logLevel).child({ agencyId: config.agencyId });
  const starting = new AbortController();
  let stop = async () => starting.abort();
  let stopping = false;
  const shutdown = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    stop().then(() => {
      logger.info('stopped');
      process.exit(0);
    }, (error: unknown) => {
      logger.error({ err: error }, 'could not stop cleanly');
      process.exit(1);
    });
  };
  process.on('SIGTERM', shutdown);
  process.on('SIGINT', shutdown);

  const connector = await startConnector(config, logger, {
    signal: starting.signal,
    // KafkaJS gave up: exit, so the supervisor starts a fresh process.
    onFatal: () => process.exit(1),
  });
  const health = config.healthPort !== undefined ? await serveHealth(config.healthPort, config.host, connector.ready) : undefined;
  stop = async () => {
    await health?.close();
    await connector.stop();
  };
  logger.info({ policy: config.policy, groupId: config.groupId, health: health?.url }, 'partner connector started');
}

main().catch((error: unknown) => {
  process.stderr.write(`The partner connector could not start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
