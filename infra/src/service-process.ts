import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Logger } from 'pino';

export interface ServiceProcess {
  name: string;
  url: string;
  stop(): Promise<void>;
}

export interface SpawnServiceOptions {
  name: string;
  script: string;
  env: Record<string, string>;
  port: number;
  /** Polled until it answers 200 and, if given, `isReady` accepts its JSON body. */
  readyPath: string;
  isReady?: (body: unknown) => boolean;
  /** `inherit` streams the JSON logs to our stdout; a path appends them to a file. */
  output: 'inherit' | string;
  logger: Logger;
  /**
   * How long a first start may take: migrations, then demo data seeded through the real steps,
   * about 30 s on two idle cores, so three minutes leaves room for a busy machine.
   */
  timeoutMs?: number;
  /** Cancels the wait for readiness (the launcher was told to stop while starting). */
  signal?: AbortSignal;
}

const running = new Set<ChildProcess>();
// If the launcher dies, its services die with it instead of lingering.
process.on('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

/** A service that stayed up this long had a real crash, not a crash loop: back-off starts over. */
const STABLE_MS = 60_000;
const MAX_BACKOFF_MS = 30_000;

/**
 * Runs one service as its own Node process and waits until its readiness probe answers.
 * A service that dies after that is started again with back-off, so one crash does not
 * take the platform down; one that cannot start at all fails the start, naming itself.
 */
export async function spawnService(options: SpawnServiceOptions): Promise<ServiceProcess> {
  const { name, port, logger } = options;
  const sink = options.output === 'inherit' ? process.stdout : createWriteStream(options.output, { flags: 'a' });
  const url = `http://127.0.0.1:${port}`;
  let stopping = false;
  const stopped = new AbortController();
  let current = launch(options, sink);
  await waitUntilReady(current, options, url);
  logger.info({ service: name, url }, 'service ready');

  const supervise = async (): Promise<void> => {
    for (let backoff = 1_000; ; ) {
      const startedAt = Date.now();
      const code = await current.exited;
      if (stopping) return;
      if (Date.now() - startedAt > STABLE_MS) backoff = 1_000;
      logger.error({ service: name, code, restartInMs: backoff }, `${name} exited unexpectedly; restarting it`);
      await sleep(backoff, undefined, { signal: stopped.signal }).catch(() => undefined);
      if (stopping) return;
      current = launch(options, sink);
      backoff = Math.min(backoff * 2, MAX_BACKOFF_MS);
    }
  };
  const supervision = supervise();

  return {
    name,
    url: `${url}/graphql`,
    async stop() {
      stopping = true;
      stopped.abort();
      await terminate(current, name, logger);
      await supervision;
    },
  };
}

interface Launched {
  child: ChildProcess;
  exited: Promise<number | null>;
  /** The last lines it printed, to explain a failed start. */
  recent: string[];
}

function launch(options: SpawnServiceOptions, sink: NodeJS.WritableStream): Launched {
  const child = spawn(process.execPath, [options.script], {
    env: { ...process.env, ...options.env, PORT: String(options.port) },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group: a terminal's Ctrl-C reaches the launcher, which stops services in order.
    detached: true,
  });
  running.add(child);
  const recent: string[] = [];
  for (const stream of [child.stdout, child.stderr]) {
    stream?.on('data', (chunk: Buffer) => {
      sink.write(chunk);
      recent.push(...chunk.toString('utf8').trim().split('\n'));
      recent.splice(0, Math.max(0, recent.length - 20));
    });
  }
  // 'close', not 'exit': its last log lines are still in the pipe when it exits.
  const exited = new Promise<number | null>((resolve) => child.once('close', (code) => {
    running.delete(child);
    resolve(code);
  }));
  return { child, exited, recent };
}

async function waitUntilReady(service: Launched, options: SpawnServiceOptions, url: string): Promise<void> {
  const { name, timeoutMs = 180_000 } = options;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (options.signal?.aborted) {
      service.child.kill('SIGTERM');
      await service.exited;
      throw new Error(`start of ${name} cancelled`);
    }
    if (service.child.exitCode !== null) throw new Error(`${name} exited with code ${service.child.exitCode} during start:\n${service.recent.join('\n')}`);
    if (Date.now() > deadline) {
      service.child.kill('SIGKILL');
      throw new Error(`${name} was not ready within ${timeoutMs} ms:\n${service.recent.join('\n')}`);
    }
    const ready = await fetch(`${url}${options.readyPath}`).then(
      async (res) => res.ok && (options.isReady?.(await res.json()) ?? true),
      () => false,
    );
    if (ready) return;
    await sleep(150);
  }
}

async function terminate(service: Launched, name: string, logger: Logger): Promise<void> {
  if (service.child.exitCode !== null || service.child.signalCode !== null) return;
  service.child.kill('SIGTERM');
  const code = await Promise.race([service.exited, sleep(15_000, 'timeout' as const, { ref: false })]);
  if (code === 'timeout') {
    logger.warn({ service: name }, 'service did not stop in time; killing it');
    service.child.kill('SIGKILL');
    await service.exited;
  }
}
