import { execFile, spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { closeSync, openSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Kafka, logLevel } from 'kafkajs';
import type { AclEntry } from 'kafkajs';
import type { Logger } from 'pino';
import { dataDir as projectDataDir } from './paths';
import { exists } from './files';
import { SCRAM_MECHANISM, addScramUsers, jaasLine, loadOrCreatePrincipals, saslOf } from './kafka-principals';
import type { KafkaCredentials, KafkaPrincipals } from './kafka-principals';
import { KAFKA_LOGGING, KAFKA_VERSIONS, kafkaVersionFromEnv } from './kafka-runtime';
import type { KafkaVersion } from './kafka-runtime';
import { freePort } from './ports';
import { stopLeftover } from './processes';

const START_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 15_000;

const delay = async (ms: number): Promise<void> =>
  new Promise<void>((resolve) => setTimeout(resolve, ms));


async function capture(
  cmd: string,
  args: string[],
  cwd: string,
): Promise<{ ok: boolean; output: string }> {
  return new Promise((resolve) => {
    execFile(cmd, args, { cwd, maxBuffer: 16 * 1024 * 1024 }, (err, stdout, stderr) => {
      resolve({ ok: err === null, output: `${stdout}${stderr}`.trim() || String(err ?? '') });
    });
  });
}

/**
 * 16 random bytes in base64url, as Kafka's own Uuid.randomUuid() makes them; like it, never
 * one starting with '-', which the storage tool would read as an option (1 run in 64).
 */
export function newClusterId(): string {
  for (;;) {
    const id = randomBytes(16).toString('base64url');
    if (!id.startsWith('-')) return id;
  }
}

export interface EnsureKafkaJarsOptions {
  /** The jars go to `<cacheDir>/kafka-libs-<version>`; keep it outside per-test dirs. */
  cacheDir: string;
  logger: Logger;
  version: KafkaVersion;
}

/**
 * Returns the directory holding Kafka's runtime jars, downloading them with
 * Maven on first use. Maven writes into a temp dir that is renamed into
 * place only when complete, so an interrupted download is never mistaken for
 * a finished one.
 */
export async function ensureKafkaJars(opts: EnsureKafkaJarsOptions): Promise<string> {
  const libs = join(opts.cacheDir, `kafka-libs-${opts.version}`);
  const coreJar = `kafka_2.13-${opts.version}.jar`;
  if (await exists(join(libs, coreJar))) return libs;

  await mkdir(opts.cacheDir, { recursive: true });
  const work = await mkdtemp(join(opts.cacheDir, 'kafka-libs-tmp-'));
  try {
    // Maven may create target/ next to the pom: work on a copy, not in infra/.
    await copyFile(KAFKA_VERSIONS[opts.version], join(work, 'pom.xml'));
    opts.logger.info(`downloading Kafka ${opts.version} jars with Maven (first run only)`);
    const t0 = Date.now();
    const out = join(work, 'libs');
    const mvn = await capture(
      'mvn',
      ['-q', '-B', 'dependency:copy-dependencies', `-DoutputDirectory=${out}`, '-DincludeScope=runtime'],
      work,
    );
    if (!mvn.ok || !(await exists(join(out, coreJar)))) {
      throw new Error(`Maven could not fetch the Kafka jars (is Maven Central reachable?):\n${mvn.output}`);
    }
    // A kafka-libs without the core jar is not ours to trust (manual edits).
    if (!(await exists(join(libs, coreJar)))) await rm(libs, { recursive: true, force: true });
    try {
      await rename(out, libs);
    } catch (err) {
      // Another process (a parallel test worker) finished first: use its copy.
      if (!(await exists(join(libs, coreJar)))) throw err;
    }
    opts.logger.info({ ms: Date.now() - t0, version: opts.version }, 'Kafka jars ready');
    return libs;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

export interface StartKafkaOptions {
  /** A directory that belongs to this broker: config, log dirs, its output. */
  dataDir: string;
  port?: number;
  controllerPort?: number;
  logger: Logger;
  /** Wipe the broker's data first (tests); otherwise topics and offsets persist. */
  fresh?: boolean;
  /** Where the jars are cached; defaults to the project's `.data`. */
  cacheDir?: string;
  /** The broker's version; `KAFKA_VERSION` from the environment by default. */
  version?: KafkaVersion;
  /**
   * The SCRAM users the broker knows, its super user first; by default an admin of its own,
   * kept in `<dataDir>/principals.json`. Give the same principals to a second broker and the
   * same clients can log in to it.
   */
  principals?: KafkaPrincipals;
  /** Allow rules, created (again: it is idempotent) once the broker answers. */
  acls?: AclEntry[];
}

export interface RunningKafka {
  /** "127.0.0.1:port", for kafkajs `brokers: [brokers]`. */
  brokers: string;
  /** The super user, for the launcher's and tests' own tooling. */
  admin: KafkaCredentials;
  /** Where the jars are, to run Kafka's own tools (creating SCRAM users). */
  jars: string;
  stop(): Promise<void>;
}

/**
 * Clients (and the broker itself) authenticate with SCRAM-SHA-512 on the one client listener;
 * the controller listener, which KRaft cannot give SCRAM (its users live in the metadata the
 * controller serves), uses SASL/PLAIN with the admin alone. The standard authorizer allows
 * nothing that no ACL allows, except to the admin.
 */
function serverProperties(port: number, controllerPort: number, logDir: string, admin: KafkaCredentials): string {
  const plain = `org.apache.kafka.common.security.plain.PlainLoginModule required username="${admin.username}" password="${admin.password}" user_${admin.username}="${admin.password}";`;
  return `${[
    'node.id=1',
    'process.roles=broker,controller',
    `controller.quorum.voters=1@127.0.0.1:${controllerPort}`,
    `listeners=CLIENT://127.0.0.1:${port},CONTROLLER://127.0.0.1:${controllerPort}`,
    `advertised.listeners=CLIENT://127.0.0.1:${port}`,
    'listener.security.protocol.map=CLIENT:SASL_PLAINTEXT,CONTROLLER:SASL_PLAINTEXT',
    'controller.listener.names=CONTROLLER',
    'inter.broker.listener.name=CLIENT',
    `sasl.enabled.mechanisms=${SCRAM_MECHANISM}`,
    `sasl.mechanism.inter.broker.protocol=${SCRAM_MECHANISM}`,
    `listener.name.client.sasl.enabled.mechanisms=${SCRAM_MECHANISM}`,
    `listener.name.client.scram-sha-512.sasl.jaas.config=${jaasLine(admin)}`,
    'sasl.mechanism.controller.protocol=PLAIN',
    'listener.name.controller.sasl.enabled.mechanisms=PLAIN',
    `listener.name.controller.plain.sasl.jaas.config=${plain}`,
    'authorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer',
    `super.users=User:${admin.username}`,
    'allow.everyone.if.no.acl.found=false',
    `log.dirs=${logDir}`,
    'num.partitions=3',
    'default.replication.factor=1',
    'min.insync.replicas=1',
    'offsets.topic.replication.factor=1',
    // The default 50 partitions make the first consumer group join slow on
    // two cores; a local broker needs few.
    'offsets.topic.num.partitions=5',
    'transaction.state.log.replication.factor=1',
    'transaction.state.log.min.isr=1',
    'transaction.state.log.num.partitions=5',
    'group.initial.rebalance.delay.ms=0',
    'auto.create.topics.enable=false',
    'num.network.threads=2',
    'num.io.threads=4',
  ].join('\n')}\n`;
}

async function logTail(file: string): Promise<string> {
  try {
    return (await readFile(file, 'utf8')).split('\n').slice(-40).join('\n');
  } catch {
    return '(no broker output)';
  }
}

/** True once the broker answers a metadata request, not merely accepts TCP. */
async function brokerAnswers(brokers: string, credentials: KafkaCredentials): Promise<boolean> {
  const admin = new Kafka({
    sasl: saslOf(credentials),
    clientId: 'infra-readiness',
    brokers: [brokers],
    connectionTimeout: 1_000,
    requestTimeout: 2_000,
    retry: { retries: 0 },
    logLevel: logLevel.NOTHING,
  }).admin();
  try {
    await admin.connect();
    const cluster = await admin.describeCluster();
    return cluster.brokers.length > 0 && cluster.controller !== null;
  } catch {
    return false;
  } finally {
    await admin.disconnect().catch(() => undefined);
  }
}

async function waitForExit(child: ChildProcess, ms: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return true;
  return new Promise<boolean>((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

export async function startKafka(opts: StartKafkaOptions): Promise<RunningKafka> {
  const logger = opts.logger.child({ service: 'kafka' });
  const version = opts.version ?? kafkaVersionFromEnv();
  const jars = await ensureKafkaJars({ cacheDir: opts.cacheDir ?? projectDataDir(), logger, version });
  const classpath = join(jars, '*'); // expanded by the JVM, not a shell

  const logDir = join(opts.dataDir, 'logs');
  const propsFile = join(opts.dataDir, 'server.properties');
  const outputFile = join(opts.dataDir, 'kafka.out');
  const pidFile = join(opts.dataDir, 'kafka.pid');
  // What this log dir's metadata holds: the SCRAM users it was given, with their passwords.
  const knownUsersFile = join(opts.dataDir, 'scram-users.json');
  await mkdir(opts.dataDir, { recursive: true });
  const principals = opts.principals ?? (await loadOrCreatePrincipals(join(opts.dataDir, 'principals.json'), []));

  const leftover = await readFile(pidFile, 'utf8').catch(() => '');
  await stopLeftover({ pid: Number.parseInt(leftover, 10), marker: propsFile, signal: 'SIGTERM', what: 'Kafka broker', logger });

  if (opts.fresh === true) await rm(logDir, { recursive: true, force: true });
  const everyone = [principals.admin, ...principals.users];
  const known = JSON.parse(await readFile(knownUsersFile, 'utf8').catch(() => '[]')) as KafkaCredentials[];
  if (await exists(join(logDir, 'meta.properties')) && !known.some((user) => user.username === principals.admin.username && user.password === principals.admin.password)) {
    // Formatted before SASL (or for another admin): the broker could not even log in to itself,
    // and users can only be added through a listener that needs one. A local broker starts over.
    logger.warn({ logDir }, 'Kafka data without this admin user (made before SASL?): formatting it anew; topics start empty');
    await rm(logDir, { recursive: true, force: true });
  }

  // Ports are chosen anew on every start and server.properties rewritten.
  // That is safe on a kept log dir: with static controller.quorum.voters the
  // voter endpoint comes from the config, not from the metadata log, and the
  // broker re-registers its listeners on each start. Persisting ports would
  // instead fail whenever another process took them in the meantime.
  const port = opts.port ?? (await freePort());
  const controllerPort = opts.controllerPort ?? (await freePort());
  if (port === controllerPort) throw new Error('Kafka port and controller port must differ');
  await writeFile(propsFile, serverProperties(port, controllerPort, logDir, principals.admin), { mode: 0o600 });

  const javaBase = ['-Xms256m', '-Xmx512m', ...KAFKA_LOGGING, '-cp', classpath];
  if (!(await exists(join(logDir, 'meta.properties')))) {
    const t0 = Date.now();
    const clusterId = newClusterId();
    // The users go into the metadata log from the start: the broker itself logs in as the admin.
    const scram = everyone.flatMap((user) => ['--add-scram', `${SCRAM_MECHANISM}=[name=${user.username},password=${user.password}]`]);
    const fmt = await capture(
      'java',
      [...javaBase, 'kafka.tools.StorageTool', 'format', '-t', clusterId, '-c', propsFile, ...scram],
      opts.dataDir,
    );
    if (!fmt.ok) throw new Error(`formatting the Kafka log dir failed:\n${fmt.output}`);
    await writeFile(knownUsersFile, JSON.stringify(everyone), { mode: 0o600 });
    logger.info({ ms: Date.now() - t0, clusterId, users: everyone.length }, 'formatted Kafka storage');
  }

  const t0 = Date.now();
  const out = openSync(outputFile, 'w');
  let child: ChildProcess;
  try {
    // detached: its own process group, so a Ctrl-C in the terminal reaches
    // only Node, which then stops the broker in its own order (after the
    // services that use it).
    child = spawn('java', [...javaBase, 'kafka.Kafka', propsFile], {
      cwd: opts.dataDir,
      stdio: ['ignore', out, out],
      detached: true,
    });
  } finally {
    closeSync(out);
  }
  const pid = child.pid;
  if (pid === undefined) {
    // spawn reports ENOENT and the like asynchronously through 'error'.
    const err = await new Promise<Error>((resolve) => child.once('error', resolve));
    throw new Error(`could not run java: ${err.message}`);
  }
  // An unhandled 'error' (e.g. a failed kill) would crash the whole process.
  child.on('error', (err) => logger.error({ err }, 'Kafka process error'));
  // Safety net: 'exit' handlers must be synchronous, and a SIGKILL leaves at
  // worst an unclean shutdown, which Kafka recovers from on the next start.
  const killOnExit = (): void => {
    child.kill('SIGKILL');
  };
  process.on('exit', killOnExit);
  await writeFile(pidFile, String(pid));

  const stop = async (): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      if (!(await waitForExit(child, STOP_TIMEOUT_MS))) {
        logger.warn(`broker ignored SIGTERM for ${STOP_TIMEOUT_MS} ms; killing it`);
        child.kill('SIGKILL');
        await waitForExit(child, 5_000);
      }
    }
    process.removeListener('exit', killOnExit);
    await rm(pidFile, { force: true });
  };

  const brokers = `127.0.0.1:${port}`;
  const deadline = Date.now() + START_TIMEOUT_MS;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      await stop();
      throw new Error(
        `Kafka exited during start (code ${String(child.exitCode)}, signal ${String(child.signalCode)}); ` +
          `${outputFile}:\n${await logTail(outputFile)}`,
      );
    }
    if (await brokerAnswers(brokers, principals.admin)) break;
    if (Date.now() >= deadline) {
      await stop();
      throw new Error(`Kafka did not answer within ${START_TIMEOUT_MS} ms; ${outputFile}:\n${await logTail(outputFile)}`);
    }
    await delay(250);
  }
  try {
    // A kept log dir knows the users it was formatted with; new ones (or new passwords) are added.
    const known = JSON.parse(await readFile(knownUsersFile, 'utf8').catch(() => '[]')) as KafkaCredentials[];
    const missing = principals.users.filter((user) => !known.some((each) => each.username === user.username && each.password === user.password));
    if (missing.length > 0) {
      await addScramUsers({ jars, brokers, admin: principals.admin, users: missing });
      await writeFile(knownUsersFile, JSON.stringify([...known.filter((each) => !missing.some((user) => user.username === each.username)), ...missing]), { mode: 0o600 });
    }
    if (opts.acls && opts.acls.length > 0) await createAcls(brokers, principals.admin, opts.acls);
  } catch (error) {
    await stop();
    throw error;
  }
  logger.info({ brokers, version, ms: Date.now() - t0 }, 'Kafka ready');

  let stopped = false;
  return {
    brokers,
    admin: principals.admin,
    jars,
    async stop(): Promise<void> {
      if (stopped) return;
      stopped = true;
      await stop();
      logger.info('Kafka stopped');
    },
  };
}

/** Creates allow rules as the admin; Kafka keeps one copy of a rule however often it is created. */
export async function createAcls(brokers: string, admin: KafkaCredentials, acl: AclEntry[]): Promise<void> {
  const client = new Kafka({ clientId: 'infra-acls', brokers: brokers.split(','), sasl: saslOf(admin), logLevel: logLevel.NOTHING }).admin();
  await client.connect();
  try {
    await client.createAcls({ acl });
  } finally {
    await client.disconnect();
  }
}
