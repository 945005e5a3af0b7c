import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { GATEWAY_DEFAULT_PORT, SUBGRAPHS, loadOrCreateDevKeys } from '@xinfang/kit';
import type { Identity, SigningKeyPair } from '@xinfang/kit';
import type { Logger } from 'pino';
import { demoDirectory } from '@xinfang/agencies/demo-directory';
import { startConsoleServer } from '@xinfang/console';
import { demoUsers } from '@xinfang/gateway';
import { agencyPrincipal } from '@xinfang/kit';
import { startKafka } from './kafka';
import type { RunningKafka } from './kafka';
import { agencyPrincipals, platformKafkaAcls, subgraphPrincipals } from './kafka-access';
import { findCredentials, loadOrCreatePrincipals } from './kafka-principals';
import type { KafkaCredentials, KafkaPrincipals } from './kafka-principals';
import { projectRoot } from './paths';
import { freePort } from './ports';
import { startPostgres } from './postgres';
import type { RunningPostgres } from './postgres';
import { spawnService } from './service-process';
import type { ServiceProcess } from './service-process';


export interface PlatformOptions {
  /** Keys, PostgreSQL and Kafka data, service logs. */
  dataDir: string;
  /** Where the jars downloaded from Maven Central are cached (kept across test runs). */
  cacheDir: string;
  /** Wipe PostgreSQL and Kafka data first. */
  fresh: boolean;
  /** The gateway's port, the subgraphs on the next four; 0 puts every service on a free port. */
  gatewayPort: number;
  /** Use an existing PostgreSQL server instead of the embedded one. */
  databaseUrl?: string;
  /** Use an existing Kafka cluster instead of the local broker. */
  kafkaBrokers?: string;
  seedDemoData: boolean;
  logLevel: string;
  /** `inherit` streams service logs to stdout; `files` writes `<dataDir>/logs/<service>.log`. */
  serviceOutput: 'inherit' | 'files';
  logger: Logger;
  /** Aborting it cancels a start under way: what has started is stopped again. */
  signal?: AbortSignal;
  /**
   * Partner agencies whose own system is played by the example connector (partner-connector/),
   * acknowledging the referrals they receive through Kafka. None unless asked: tests that need
   * one run it themselves.
   */
  partnerConnectors?: PartnerConnectorOptions[];
  /** Settings every service gets besides the platform's own (the bench lifts the gateway's mutation limit). */
  serviceEnv?: Record<string, string>;
  /**
   * The web console's port (0: a free one); none starts no console. With demo data it offers
   * sign-in as the demo city's people, with development tokens the platform signs.
   */
  console?: { port: number; host: string; jwt: { issuer: string; audience: string } };
}

export interface PartnerConnectorOptions {
  agencyId: string;
  /** Who the referral's history names as having answered. */
  reportedBy: string;
  reportedByName: string;
}

export interface RunningPlatform {
  gatewayUrl: string;
  /** The web console, when asked for. */
  consoleUrl?: string;
  subgraphUrls: Record<string, string>;
  databaseUrl: string;
  kafkaBrokers: string;
  /**
   * The embedded broker's SCRAM principals (its admin, each subgraph, each demo agency); none
   * on an existing cluster, whose credentials the services take from their own environment.
   */
  kafkaPrincipals?: KafkaPrincipals;
  /** Where Kafka's jars are, to run its tools (creating SCRAM users); with the embedded broker. */
  kafkaJars?: string;
  keys: SigningKeyPair;
  /** The agencies whose example connector runs. */
  partnerConnectors: string[];
  stop(): Promise<void>;
}

/** The demo people with their agency's name, as the console's sign-in offers them. */
function withAgencyNames(users: Record<string, Identity>): Record<string, Identity & { agencyName?: string }> {
  const names = new Map(demoDirectory.agencies.map((agency) => [agency.agencyId, agency.name]));
  return Object.fromEntries(Object.entries(users).map(([key, identity]) => [key, { ...identity, agencyName: names.get(identity.agencyId) }]));
}

/** A service's own Kafka principal, as the kit's config reads it. */
function kafkaEnv(credentials: KafkaCredentials | undefined): Record<string, string> {
  if (!credentials) return {};
  return { KAFKA_SASL_MECHANISM: 'scram-sha-512', KAFKA_SASL_USERNAME: credentials.username, KAFKA_SASL_PASSWORD: credentials.password };
}

/** A subgraph is up once its topics exist and every consumer has joined its group. */
function kafkaSideUp(body: unknown): boolean {
  return (body as { checks?: { kafka?: boolean } }).checks?.kafka === true;
}

/**
 * Everything on one machine: PostgreSQL and Kafka (embedded unless URLs are given), each
 * subgraph as its own process, then the gateway. Stops in order: the gateway and the
 * subgraphs drain first, then Kafka, then PostgreSQL.
 */
export async function startPlatform(options: PlatformOptions): Promise<RunningPlatform> {
  const { logger } = options;
  const services: ServiceProcess[] = [];
  const stopFirst: { stop(): Promise<void> }[] = [];
  let kafka: RunningKafka | undefined;
  let postgres: RunningPostgres | undefined;
  const stop = async () => {
    const quietly = (what: string) => (error: unknown) => logger.error({ err: error }, `error while stopping ${what}`);
    await Promise.all(stopFirst.splice(0).map((server) => server.stop().catch(quietly('the console'))));
    await Promise.all(services.splice(0).reverse().map((service) => service.stop().catch(quietly(service.name))));
    await kafka?.stop().catch(quietly('Kafka'));
    await postgres?.stop().catch(quietly('PostgreSQL'));
  };
  try {
    const keys = await loadOrCreateDevKeys(join(options.dataDir, 'keys'));
    // The demo agencies' systems each get a principal of their own (partners and assignees alike).
    const demoAgencyIds = options.seedDemoData ? demoDirectory.agencies.map((agency) => agency.agencyId) : [];
    const kafkaPrincipals = options.kafkaBrokers === undefined
      ? await loadOrCreatePrincipals(join(options.dataDir, 'kafka-principals.json'), [...subgraphPrincipals(), ...agencyPrincipals(demoAgencyIds)])
      : undefined;
    const [databaseUrl, kafkaBrokers] = await Promise.all([
      options.databaseUrl ?? startPostgres({ dataDir: join(options.dataDir, 'postgres'), logger, fresh: options.fresh }).then((pg) => {
        postgres = pg;
        return pg.url;
      }),
      options.kafkaBrokers ?? startKafka({
        dataDir: join(options.dataDir, 'kafka'), cacheDir: options.cacheDir, logger, fresh: options.fresh,
        principals: kafkaPrincipals, acls: platformKafkaAcls(demoAgencyIds),
      }).then((broker) => {
        kafka = broker;
        return broker.brokers;
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
      ...options.serviceEnv,
    };
    const credentialsOf = (principal: string) => (kafkaPrincipals ? findCredentials(kafkaPrincipals, principal) : undefined);
    const launch = async (name: string, script: string, port: number, env: Record<string, string>, isReady?: (body: unknown) => boolean): Promise<ServiceProcess> => {
      const service = await spawnService({
        name, script, port, env: { ...common, ...env }, readyPath: '/health/ready', isReady, logger, signal: options.signal,
        output: options.serviceOutput === 'inherit' ? 'inherit' : join(logDir, `${name}.log`),
      });
      services.push(service);
      return service;
    };
    const portFor = async (offset: number) => (options.gatewayPort === 0 ? freePort() : options.gatewayPort + offset);
    const subgraphs = await Promise.all(
      // Each keeps its distance from the gateway's port: 4001–4004 beside 4000.
      SUBGRAPHS.map(async ({ name, defaultPort }) =>
        launch(name, resolve(projectRoot, 'subgraphs', name, 'dist', 'main.js'), await portFor(defaultPort - GATEWAY_DEFAULT_PORT), kafkaEnv(credentialsOf(name)), kafkaSideUp),
      ),
    );
    const subgraphUrls = Object.fromEntries(subgraphs.map((service) => [service.name, service.url]));
    const urlEnv = Object.fromEntries(subgraphs.map((service) => [`${service.name.toUpperCase().replace(/-/g, '_')}_URL`, service.url]));
    const [gateway] = await Promise.all([
      launch('gateway', resolve(projectRoot, 'gateway', 'dist', 'main.js'), await portFor(0), urlEnv),
      // After the subgraphs: the agencies subgraph has announced the agency, so its topics exist.
      ...(options.partnerConnectors ?? []).map(async (connector) => launch(`${connector.agencyId}-connector`, resolve(projectRoot, 'partner-connector', 'dist', 'main.js'), await freePort(), {
        PARTNER_AGENCY_ID: connector.agencyId, REPORTED_BY: connector.reportedBy, REPORTED_BY_NAME: connector.reportedByName,
        ...kafkaEnv(credentialsOf(agencyPrincipal(connector.agencyId))),
      })),
    ]);
    const webConsole = options.console && await startConsoleServer({
      host: options.console.host, port: options.console.port, gatewayUrl: gateway.url, logger,
      demoSignIn: options.seedDemoData ? { users: withAgencyNames(demoUsers), signing: { privateKeyPem: keys.privateKeyPem, ...options.console.jwt } } : undefined,
    });
    if (webConsole) stopFirst.push(webConsole);
    return { gatewayUrl: gateway.url, consoleUrl: webConsole?.url, subgraphUrls, databaseUrl, kafkaBrokers, kafkaPrincipals, kafkaJars: kafka?.jars, keys, partnerConnectors: (options.partnerConnectors ?? []).map((connector) => connector.agencyId), stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
