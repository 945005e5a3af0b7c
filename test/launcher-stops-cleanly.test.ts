import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { join, resolve } from 'node:path';
import { eventually } from './support/kafka-listener';
import { childEnv, descendantsOf, isAlive } from './support/processes';
import { testEnv } from './support/test-env';

const root = resolve(__dirname, '..');

interface Launched {
  child: ChildProcess;
  output: () => string;
  gatewayUrl: string;
}

/** Starts the platform as a user would, on free ports and fresh data, and waits for its banner. */
async function launch(command: string, args: string[], name: string): Promise<Launched> {
  const child = spawn(command, args, {
    cwd: root,
    env: childEnv({
      XINFANG_DATA_DIR: join(testEnv.dataDir, `launcher-${name}`),
      XINFANG_CACHE_DIR: join(root, '.data'),
      GATEWAY_PORT: '0',
      LOG_LEVEL: 'info',
    }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  const banner = await eventually(async () => output, (text) => /is up/.test(text) || child.exitCode !== null, 150_000);
  const gatewayUrl = /Gateway[^:]*: (http\S+)/.exec(banner)?.[1];
  if (!gatewayUrl) throw new Error(`no gateway in the banner:\n${banner}`);
  // On free ports like everything else (GATEWAY_PORT=0), so two launches never collide on it.
  const consoleUrl = /Web console[^:]*: (http\S+)/.exec(banner)?.[1];
  expect(consoleUrl).not.toMatch(/:4100\//);
  expect((await fetch(consoleUrl!)).status).toBe(200);
  return { child, output: () => output, gatewayUrl };
}

const agenciesAnswer = (gatewayUrl: string) =>
  fetch(gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ agencies { id } }"}' })
    .then(async (res) => res.ok && !(await res.text()).includes('"errors"'), () => false);

/** What was logged after `marker` at level error or fatal. */
function errorsAfter(output: string, marker: string): string[] {
  return output.slice(output.indexOf(marker)).split('\n').filter((line) => /"level":"(error|fatal)"/.test(line));
}

async function expectStopsEverything(launched: Launched, signalTarget: number, signal: NodeJS.Signals): Promise<void> {
  const processes = await descendantsOf(signalTarget);
  const commands = processes.map((entry) => entry.cmdline).join('\n');
  expect(commands).toContain('kafka.Kafka');
  expect(commands).toMatch(/bin\/postgres -D/);
  // The demo civil-affairs bureau's own system runs beside the subgraphs, and stops with them.
  expect(commands).toContain(join('partner-connector', 'dist', 'main.js'));
  process.kill(signalTarget, signal);
  const [code] = (await once(launched.child, 'exit')) as [number | null];
  expect(code).toBe(0);
  const left = processes.filter((entry) => isAlive(entry.pid));
  expect(left.map((entry) => entry.cmdline)).toEqual([]);
  const output = launched.output();
  expect(output).toContain(`${signal}: stopping`);
  expect(errorsAfter(output, `${signal}: stopping`)).toEqual([]);
  // In order: services drain, then Kafka, then PostgreSQL.
  const at = (text: string) => output.lastIndexOf(text);
  expect(at('"msg":"shutting down"')).toBeLessThan(at('Kafka stopped'));
  expect(at('Kafka stopped')).toBeLessThan(at('PostgreSQL stopped'));
}

/**
 * Found by a new user: SIGINT to `npm start` stopped nothing, SIGTERM orphaned the launcher
 * with twenty processes, and Ctrl-C reached PostgreSQL before the services that use it.
 */
describe('the start command', () => {
  it('restarts a crashed subgraph, and stops everything in order on SIGTERM to the launcher', async () => {
    const launched = await launch(process.execPath, [join(root, 'infra', 'dist', 'start.js')], 'sigterm');
    try {
      expect(await agenciesAnswer(launched.gatewayUrl)).toBe(true);
      const agencies = (await descendantsOf(launched.child.pid!)).find((entry) => entry.cmdline.includes(join('subgraphs', 'agencies', 'dist', 'main.js')));
      process.kill(agencies!.pid, 'SIGKILL');
      await eventually(async () => launched.output(), (text) => text.includes('agencies exited unexpectedly; restarting it'));
      await eventually(() => agenciesAnswer(launched.gatewayUrl), Boolean, 60_000);
      await expectStopsEverything(launched, launched.child.pid!, 'SIGTERM');
    } finally {
      launched.child.kill('SIGKILL');
    }
  }, 240_000);

  it('stops everything in order on SIGINT to npm itself', async () => {
    const launched = await launch('npm', ['start'], 'sigint');
    try {
      expect(await agenciesAnswer(launched.gatewayUrl)).toBe(true);
      await expectStopsEverything(launched, launched.child.pid!, 'SIGINT');
    } finally {
      launched.child.kill('SIGKILL');
    }
  }, 240_000);
});
