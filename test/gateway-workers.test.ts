import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { request } from 'node:http';
import { join } from 'node:path';
import { freePort } from '@xinfang/infra';
import { Role } from '@xinfang/kit';
import { eventually } from './support/kafka-listener';
import { childEnv, descendantsOf, isAlive } from './support/processes';
import { tokenFor } from './support/seed';
import { testEnv } from './support/test-env';

const REGISTER = `mutation($input: RegisterPetitionInput!) { registerPetition(input: $input) { petition { id } } }`;
const input = { channel: 'LETTER', category: 'APPEAL', petitionerName: '张伟', summary: 'Appeals a decision not to prosecute.', request: 'Prosecute the suspect.' };

/** One request on a connection of its own, so the primary hands each to the next worker. */
async function onNewConnection(url: string, body?: unknown, token?: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, {
      method: body ? 'POST' : 'GET', agent: false,
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    }, (res) => {
      let text = '';
      res.on('data', (chunk: Buffer) => (text += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
    });
    req.on('error', reject);
    req.setTimeout(5_000, () => req.destroy(new Error(`no answer from ${url} within 5 s`)));
    req.end(body ? JSON.stringify(body) : undefined);
  });
}

/** GraphQL requests this worker has served, from its own metrics. */
const servedBy = (metrics: string) => metrics.split('\n')
  .filter((line) => line.startsWith('graphql_request_duration_seconds_count'))
  .reduce((sum, line) => sum + Number(line.slice(line.lastIndexOf(' ') + 1)), 0);

/**
 * `GATEWAY_WORKERS=2`: one port, two gateway processes under a primary (node:cluster). Both
 * serve, a person's mutation allowance is one across them (the throttle counts in the
 * primary), a worker that dies is replaced while the other answers, and SIGTERM stops all.
 */
describe('the gateway as a cluster of workers', () => {
  let primary: ChildProcess;
  let base: string;

  beforeAll(async () => {
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    const urls = Object.fromEntries(Object.entries(testEnv.subgraphUrls).map(([name, url]) => [`${name.toUpperCase().replace(/-/g, '_')}_URL`, url]));
    primary = spawn(process.execPath, [join(__dirname, '..', 'gateway', 'dist', 'main.js')], {
      env: childEnv({ ...urls, PORT: String(port), GATEWAY_WORKERS: '2', MUTATIONS_PER_MINUTE: '3', JWT_PUBLIC_KEY: testEnv.jwtPublicKey, LOG_LEVEL: 'warn' }),
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    await eventually(() => onNewConnection(`${base}/health/live`).catch(() => ({ status: 0, text: '' })), (response) => response.status === 200, 30_000);
    await eventually(() => descendantsOf(primary.pid!), (workers) => workers.length === 2, 30_000);
  }, 60_000);

  afterAll(() => {
    if (primary.exitCode === null) primary.kill('SIGKILL');
  });

  it('serves from both workers and counts a person\'s mutations once across them', async () => {
    const token = await tokenFor({ userId: 'cluster-reception', name: 'Reception', agencyId: 'cluster-procuratorate', roles: [Role.RECEPTION] });
    const answers = [];
    for (let sent = 0; sent < 5; sent++) answers.push(await onNewConnection(`${base}/graphql`, { query: REGISTER, variables: { input } }, token));
    // Three a minute for the person: counted per worker, the five would all have passed.
    expect(answers.filter((answer) => answer.text.includes('"RATE_LIMITED"'))).toHaveLength(2);
    const served = new Set<number>();
    for (let scrape = 0; scrape < 4; scrape++) served.add(servedBy((await onNewConnection(`${base}/metrics`)).text));
    // Two workers, each with its own count, the five between them.
    expect(served.size).toBe(2);
    expect([...served].reduce((sum, count) => sum + count, 0)).toBe(5);
  });

  it('replaces a worker that dies while the other answers', async () => {
    const [victim, survivor] = await descendantsOf(primary.pid!);
    process.kill(victim!.pid, 'SIGKILL');
    // Once the primary has seen it go (a connection handed to it in that instant is lost with it), the other serves alone.
    await eventually(() => descendantsOf(primary.pid!), (found) => !found.some((worker) => worker.pid === victim!.pid), 10_000);
    for (let sent = 0; sent < 4; sent++) expect((await onNewConnection(`${base}/health/live`)).status).toBe(200);
    const workers = await eventually(() => descendantsOf(primary.pid!), (found) => found.length === 2 && !found.some((worker) => worker.pid === victim!.pid), 30_000);
    expect(workers.map((worker) => worker.pid)).toContain(survivor!.pid);
  });

  it('stops every worker on SIGTERM', async () => {
    const workers = await descendantsOf(primary.pid!);
    const exited = new Promise<number | null>((resolve) => primary.once('exit', resolve));
    primary.kill('SIGTERM');
    await exited;
    expect(workers.filter((worker) => isAlive(worker.pid))).toEqual([]);
  });
});
