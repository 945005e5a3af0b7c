import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { loadOrCreateDevKeys } from '@xinfang/kit';
import type { SigningKeyPair } from '@xinfang/kit';
import type { Logger } from 'pino';
import { startKafka } from './kafka';
import { projectRoot } from './paths';
import { freePort } from './ports';
import { startPostgres } from './postgres';
import { spawnService } from './service-process';
import type { ServiceProcess } from './service-process';

/** Subgraphs in start order, with the port each has when run with default ports. */
export const SUBGRAPHS = [
  { name: 'agencies', defaultPort: 4001 },
  { name: 'petitions', defaultPort: 4002 },
  { name: 'assistance', defaultPort: 4003 },
  { name: 'joint-visits', defaultPort: 4004 },
] as const;

export interface PlatformOptions {
  /** Keys, PostgreSQL and Kafka data, service logs. */
  dataDir: string;
  /** Where the jars downloaded from Maven Central are cached (kept across test runs). */
  cacheDir: string;
  /** Wipe PostgreSQL and Kafka data first. */
  fresh: boolean;
  /** Fixed default ports (4000–4004) for people, or free ports for tests. */
  ports: 'default' | 'free';
  gatewayPort?: number;
  /** Use an existing PostgreSQL server instead of the embedded one. */
  databaseUrl?: string;
  /** Use an existing Kafka cluster instead of the local broker. */
  kafkaBrokers?: string;
  seedDemoData: boolean;
  logLevel: string;
  /** `inherit` streams service logs to stdout; `files` writes `<dataDir>/logs/<service>.log`. */
  serviceOutput: 'inherit' | 'files';
  logger: Logger;
  /** A service died on its own; the platform is incomplete from here on. */
  onServiceExit?: (name: string, code: number | null) => void;
}

export interface RunningPlatform {
  gatewayUrl: string;
  subgraphUrls: Record<string, string>;
  databaseUrl: string;
  kafkaBrokers: string;
  keys: SigningKeyPair;
  stop(): Promise<void>;
}

/** The launcher also waits for a subgraph's topics, so its consumers are in their groups. */
function kafkaSideUp(body: unknown): boolean {
  return (body as { checks?: { kafkaTopics?: boolean } }).checks?.kafkaTopics === true;
}

/**
 * Everything on one machine: PostgreSQL and Kafka (embedded unless URLs are given), each
 * subgraph as its own process, then the gateway. Stops in the reverse order.
 */
export async function startPlatform(options: PlatformOptions): Promise<RunningPlatform> {
  const { logger } = options;
  const stack: (() => Promise<void>)[] = [];
  const stop = async () => {
    for (const step of stack.reverse()) await step().catch((error: unknown) => logger.error({ err: error }, 'error while stopping'));
  };
  try {
    const keys = await loadOrCreateDevKeys(join(options.dataDir, 'keys'));
    const [databaseUrl, kafkaBrokers] = await Promise.all([
      options.databaseUrl ?? startPostgres({ dataDir: join(options.dataDir, 'postgres'), logger, fresh: options.fresh }).then((pg) => {
        stack.push(() => pg.stop());
        return pg.url;
      }),
      options.kafkaBrokers ?? startKafka({ dataDir: join(options.dataDir, 'kafka'), cacheDir: options.cacheDir, logger, fresh: options.fresh }).then((kafka) => {
        stack.push(() => kafka.stop());
        return kafka.brokers;
      }),
    ]);
    const logDir = join(options.dataDir, 'logs');
    await mkdir(logDir, { recursive: true });
    const common = {
      DATABASE_URL: databaseUrl,
      KAFKA_BROKERS: kafkaBrokers,
      JWT_PUBLIC_KEY: keys.publicKeyPem,
      LOG_LEVEL: options.logLevel,
      SEED_DEMO_DATA: String(options.seedDemoData),
    };
    const launch = async (name: string, script: string, port: number, env: Record<string, string>, readyPath: string, isReady?: (body: unknown) => boolean): Promise<ServiceProcess> => {
      const service = await spawnService({
        name, script, port, env: { ...common, ...env }, readyPath, isReady, logger,
        output: options.serviceOutput === 'inherit' ? 'inherit' : join(logDir, `${name}.log`),
        onUnexpectedExit: options.onServiceExit,
      });
      stack.push(() => service.stop());
      return service;
    };
    const portFor = async (defaultPort: number) => (options.ports === 'default' ? defaultPort : freePort());
    const subgraphs = await Promise.all(
      SUBGRAPHS.map(async ({ name, defaultPort }) =>
        launch(name, resolve(projectRoot, 'subgraphs', name, 'dist', 'main.js'), await portFor(defaultPort), {}, '/health/ready', kafkaSideUp),
      ),
    );
    const subgraphUrls = Object.fromEntries(subgraphs.map((service) => [service.name, service.url]));
    const urlEnv = Object.fromEntries(subgraphs.map((service) => [`${service.name.toUpperCase().replace(/-/g, '_')}_URL`, service.url]));
    const gatewayPort = options.gatewayPort ?? (await portFor(4000));
    const gateway = await launch('gateway', resolve(projectRoot, 'gateway', 'dist', 'main.js'), gatewayPort, urlEnv, '/health/live');
    return { gatewayUrl: gateway.url, subgraphUrls, databaseUrl, kafkaBrokers, keys, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
