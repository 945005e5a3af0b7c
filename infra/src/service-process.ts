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
  /** Called if the service exits on its own after it was ready. */
  onUnexpectedExit?: (name: string, code: number | null) => void;
  /** `inherit` streams the JSON logs to our stdout; a path appends them to a file. */
  output: 'inherit' | string;
  logger: Logger;
  timeoutMs?: number;
}

const running = new Set<ChildProcess>();
// If the launcher dies, its services die with it instead of lingering.
process.on('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

/** Runs one service as its own Node process and waits until its readiness probe answers. */
export async function spawnService(options: SpawnServiceOptions): Promise<ServiceProcess> {
  const { name, port, logger, timeoutMs = 90_000 } = options;
  const child = spawn(process.execPath, ['--disable-warning=TimeoutNegativeWarning', options.script], {
    env: { ...process.env, ...options.env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group: a terminal Ctrl-C reaches the launcher, which stops services in order.
    detached: true,
  });
  running.add(child);
  const sink = options.output === 'inherit' ? process.stdout : createWriteStream(options.output, { flags: 'a' });
  const recent: string[] = [];
  for (const stream of [child.stdout, child.stderr]) {
    stream?.on('data', (chunk: Buffer) => {
      sink.write(chunk);
      recent.push(...chunk.toString('utf8').trim().split('\n'));
      recent.splice(0, Math.max(0, recent.length - 20));
    });
  }
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => {
    running.delete(child);
    resolve(code);
  }));

  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${name} exited with code ${child.exitCode} during start:\n${recent.join('\n')}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`${name} was not ready within ${timeoutMs} ms:\n${recent.join('\n')}`);
    }
    const ready = await fetch(`${url}${options.readyPath}`).then(
      async (res) => res.ok && (options.isReady?.(await res.json()) ?? true),
      () => false,
    );
    if (ready) break;
    await sleep(150);
  }
  logger.info({ service: name, url }, 'service ready');
  let stopping = false;
  void exited.then((code) => {
    if (!stopping) options.onUnexpectedExit?.(name, code);
  });

  return {
    name,
    url: `${url}/graphql`,
    async stop() {
      stopping = true;
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      const code = await Promise.race([exited, sleep(15_000, 'timeout' as const, { ref: false })]);
      if (code === 'timeout') {
        logger.warn({ service: name }, 'service did not stop in time; killing it');
        child.kill('SIGKILL');
        await exited;
      }
    },
  };
}
