import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Kafka, logLevel } from 'kafkajs';
import { KAFKA_LOGGING } from './kafka-runtime';

/** One SCRAM-SHA-512 principal's name and password. */
export interface KafkaCredentials {
  username: string;
  password: string;
}

/** The broker's super user (the launcher, operators' tools) and everyone else it knows. */
export interface KafkaPrincipals {
  admin: KafkaCredentials;
  users: KafkaCredentials[];
}

export const SCRAM_MECHANISM = 'SCRAM-SHA-512';

/** Hex, so it needs no quoting in a JAAS line nor in the storage tool's `[name=…,password=…]`. */
export function newKafkaPassword(): string {
  return randomBytes(24).toString('hex');
}

/**
 * The demo principals' passwords, made once and kept in the data dir (like the JWT dev keys),
 * readable by its owner only; a name not there yet gets a new password.
 */
export async function loadOrCreatePrincipals(file: string, usernames: string[]): Promise<KafkaPrincipals> {
  const stored = JSON.parse(await readFile(file, 'utf8').catch(() => 'null')) as KafkaPrincipals | null;
  const admin = stored?.admin ?? { username: 'admin', password: newKafkaPassword() };
  const known = new Map((stored?.users ?? []).map((user) => [user.username, user]));
  const users = usernames.map((username) => known.get(username) ?? { username, password: newKafkaPassword() });
  const principals = { admin, users: [...users, ...[...known.values()].filter((user) => !usernames.includes(user.username))] };
  if (JSON.stringify(principals) !== JSON.stringify(stored)) {
    await writeFile(file, `${JSON.stringify(principals, null, 2)}\n`, { mode: 0o600 });
    await chmod(file, 0o600);
  }
  return principals;
}

export function findCredentials(principals: KafkaPrincipals, username: string): KafkaCredentials {
  const found = principals.users.find((user) => user.username === username);
  if (!found) throw new Error(`no Kafka credentials for ${username}`);
  return found;
}

/** A KafkaJS client option for these credentials. */
export function saslOf(credentials: KafkaCredentials): { mechanism: 'scram-sha-512'; username: string; password: string } {
  return { mechanism: 'scram-sha-512', username: credentials.username, password: credentials.password };
}

export function jaasLine(credentials: KafkaCredentials): string {
  return `org.apache.kafka.common.security.scram.ScramLoginModule required username="${credentials.username}" password="${credentials.password}";`;
}

/**
 * Creates or changes SCRAM users on a running broker. KafkaJS has no call for that (the
 * AlterUserScramCredentials API), so it runs Kafka's own `kafka-configs` tool from the jars,
 * as the admin, one user per call; then waits until each can log in, since the credential
 * reaches the broker through the metadata log a moment later.
 */
export async function addScramUsers(options: { jars: string; brokers: string; admin: KafkaCredentials; users: KafkaCredentials[] }): Promise<void> {
  if (options.users.length === 0) return;
  const work = await mkdtemp(join(tmpdir(), 'xf-kafka-configs-'));
  try {
    const commandConfig = join(work, 'admin.properties');
    await writeFile(commandConfig, [
      'security.protocol=SASL_PLAINTEXT',
      `sasl.mechanism=${SCRAM_MECHANISM}`,
      `sasl.jaas.config=${jaasLine(options.admin)}`,
    ].join('\n'), { mode: 0o600 });
    for (const user of options.users) {
      const result = await run('java', [
        '-Xmx256m', ...KAFKA_LOGGING, '-cp', join(options.jars, '*'), 'kafka.admin.ConfigCommand',
        '--bootstrap-server', options.brokers, '--command-config', commandConfig,
        '--alter', '--entity-type', 'users', '--entity-name', user.username,
        '--add-config', `${SCRAM_MECHANISM}=[iterations=4096,password=${user.password}]`,
      ]);
      if (!result.ok) throw new Error(`could not create the Kafka user ${user.username}:\n${result.output}`);
    }
    await Promise.all(options.users.map(async (user) => waitUntilLogsIn(options.brokers, user)));
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/**
 * True once the credentials authenticate and the broker answers a metadata request, which any
 * authenticated principal may make (it sees only the topics it may describe). Connecting alone
 * proves nothing: the broker answers ApiVersions before authentication.
 */
export async function logsIn(brokers: string, credentials: KafkaCredentials | undefined): Promise<boolean> {
  const admin = new Kafka({
    clientId: 'infra-login-check', brokers: brokers.split(','), connectionTimeout: 2_000, requestTimeout: 3_000,
    retry: { retries: 0 }, logLevel: logLevel.NOTHING, ...(credentials ? { sasl: saslOf(credentials) } : {}),
  }).admin();
  try {
    await admin.connect();
    await admin.listTopics();
    return true;
  } catch {
    return false;
  } finally {
    await admin.disconnect().catch(() => undefined);
  }
}

async function waitUntilLogsIn(brokers: string, user: KafkaCredentials, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await logsIn(brokers, user))) {
    if (Date.now() > deadline) throw new Error(`the Kafka user ${user.username} still cannot log in ${timeoutMs} ms after it was created`);
    await sleep(200);
  }
}

async function run(cmd: string, args: string[]): Promise<{ ok: boolean; output: string }> {
  return new Promise((resolve) => {
    execFile(cmd, args, { maxBuffer: 16 * 1024 * 1024 }, (err, stdout, stderr) => {
      resolve({ ok: err === null, output: `${stdout}${stderr}`.trim() || String(err ?? '') });
    });
  });
}
