import { resolve } from 'node:path';
import { z } from 'zod';
import { booleanFlag, createLogger, logLevel, port, readEnv, signIdentityToken } from '@xinfang/kit';
import { demoDirectory } from '@xinfang/agencies/demo-directory';
import { demoUsers } from '@xinfang/gateway';
import { defaultDataDir } from './paths';
import { startPlatform } from './platform';
import type { PartnerConnectorOptions, RunningPlatform } from './platform';

/** The demo city's civil-affairs bureau (蚌埠市民政局) answers its referrals with its own system: the example connector. */
const demoCivilAffairs = demoDirectory.agencies.find((agency) => agency.type === 'CIVIL_AFFAIRS' && agency.level === 'MUNICIPAL')!;
const DEMO_CONNECTOR: PartnerConnectorOptions = {
  agencyId: demoCivilAffairs.agencyId,
  reportedBy: `${demoCivilAffairs.agencyId}-system`,
  reportedByName: `${demoCivilAffairs.name}转介系统`,
};

/**
 * `npm start`: the whole platform on this machine, with demo data, until SIGINT, SIGTERM or
 * SIGHUP, which stop it in order however they are sent (Ctrl-C, `kill`, a closed terminal).
 */
async function main(): Promise<void> {
  const env = readEnv({
    XINFANG_DATA_DIR: z.string().default(defaultDataDir),
    XINFANG_CACHE_DIR: z.string().optional(),
    GATEWAY_PORT: port.default(4000),
    CONSOLE_PORT: port.optional(),
    HOST: z.string().default('127.0.0.1'),
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
  const starting = startPlatform({
    dataDir,
    cacheDir: resolve(env.XINFANG_CACHE_DIR ?? dataDir),
    fresh: false,
    gatewayPort: env.GATEWAY_PORT,
    databaseUrl: env.DATABASE_URL,
    kafkaBrokers: env.KAFKA_BROKERS,
    seedDemoData: env.SEED_DEMO_DATA,
    logLevel: env.LOG_LEVEL,
    partnerConnectors: env.SEED_DEMO_DATA ? [DEMO_CONNECTOR] : [],
    serviceOutput: 'inherit',
    console: { port: consolePortOf(env.CONSOLE_PORT, env.GATEWAY_PORT), host: env.HOST, jwt: { issuer: env.JWT_ISSUER, audience: env.JWT_AUDIENCE } },
    logger,
    signal: cancelStart.signal,
  });
  onShutdownSignal(async () => {
    // A signal during the start cancels it; what had started is stopped before we exit.
    cancelStart.abort();
    const started = await starting.catch(() => undefined);
    await started?.stop();
  });
  const platform = await starting;
  const token = await signIdentityToken(demoUsers.handler, {
    privateKeyPem: platform.keys.privateKeyPem, issuer: env.JWT_ISSUER, audience: env.JWT_AUDIENCE,
  });
  process.stdout.write(banner(platform, token, ((Date.now() - startedAt) / 1000).toFixed(1), env.HOST, dataDir));
}

/** A hundred above the gateway's (4100 beside 4000); a free one when the gateway's is (0). */
function consolePortOf(asked: number | undefined, gatewayPort: number): number {
  if (asked !== undefined) return asked;
  return gatewayPort === 0 ? 0 : gatewayPort + 100;
}

function banner(platform: RunningPlatform, token: string, seconds: string, host: string, dataDir: string): string {
  const subgraphs = Object.entries(platform.subgraphUrls).map(([name, url]) => `${name} ${url}`).join(', ');
  return `
Xinfang Federation is up (${seconds} s).

  Web console (in Chinese; sign in as any demo user): ${platform.consoleUrl}
    the public petition lookup: ${platform.consoleUrl}lookup
  Gateway (Apollo Sandbox in a browser): ${platform.gatewayUrl}
  Subgraphs: ${subgraphs}
  Kafka brokers (for partner systems): ${platform.kafkaBrokers}${platform.kafkaPrincipals ? ` (SASL/SCRAM-SHA-512; principals in ${dataDir}/kafka-principals.json,
    another agency's: KAFKA_BROKERS=${platform.kafkaBrokers} npm run -s kafka-agency -- <agencyId>)` : ''}${platform.partnerConnectors.map((agencyId) => `
  Partner connector: ${agencyId} acknowledges its referrals through Kafka (partner-connector/)`).join('')}
  PostgreSQL: ${platform.databaseUrl.replace(/\/\/([^:]+):[^@]*@/, '//$1:***@')}
  Services listen on ${host}${host === '127.0.0.1' ? ' (this machine only; set HOST to change it)' : ''}.

  Demo token (case handler at 蚌埠市人民检察院, 12 h):

    export TOKEN=${token}

  Other demo users: npm run -s token -- --user <${Object.keys(demoUsers).join('|')}>

  curl -s ${platform.gatewayUrl} -H "authorization: Bearer $TOKEN" -H 'content-type: application/json' \\
    -d '{"query":"{ agencies(type: PROCURATORATE) { id name level } }"}'

Ctrl-C (or SIGTERM) stops everything.
`;
}

/** The first signal stops everything in order and exits; later ones are reminded to wait. */
function onShutdownSignal(stop: () => Promise<void>): void {
  let stopping = false;
  const shutdown = (signal: NodeJS.Signals) => {
    if (stopping) {
      process.stdout.write(`(${signal}: still stopping, in order)\n`);
      return;
    }
    stopping = true;
    process.stdout.write(`\n${signal}: stopping the gateway and subgraphs, then Kafka, then PostgreSQL...\n`);
    stop().then(() => process.exit(0), () => process.exit(1));
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, shutdown);
}

const cancelStart = new AbortController();

main().catch((error: unknown) => {
  if (cancelStart.signal.aborted) return; // stopping on a signal: the signal handler exits
  process.stderr.write(`Could not start the platform: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
