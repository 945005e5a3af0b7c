import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { freePort, projectRoot } from '@xinfang/infra';

export interface PeerGateway {
  url: string;
  stop(): Promise<void>;
}

/**
 * Hive Gateway (`@graphql-hive/gateway`) serving our supergraph against the same running
 * subgraphs, in `workers` processes like ours (`--fork 0` for one: no primary in front). It forwards no client header unless told:
 * `authorization` is passed on, as our gateway does. `deduplicate` is its default (identical
 * in-flight subgraph requests merged); off, it is measured without that.
 */
export async function startHiveGateway(dir: string, subgraphUrls: Record<string, string>, deduplicate: boolean, workers = 1): Promise<PeerGateway> {
  const supergraph = await readFile(join(projectRoot, 'schemas', 'supergraph.graphql'), 'utf8');
  const pointed = supergraph.replace(/@join__graph\(name: "([^"]+)", url: "[^"]+"\)/g, (_all, name: string) => `@join__graph(name: "${name}", url: "${subgraphUrls[name]}")`);
  const name = deduplicate ? 'hive-defaults' : 'hive-no-dedupe';
  const supergraphPath = join(dir, `${name}.supergraph.graphql`);
  const configPath = join(dir, `${name}.gateway.config.mjs`);
  await writeFile(supergraphPath, pointed);
  await writeFile(configPath, `import { defineConfig } from '@graphql-hive/gateway';
export const gatewayConfig = defineConfig({
  propagateHeaders: { fromClientToSubgraphs: ({ request }) => ({ authorization: request.headers.get('authorization') ?? '' }) },
  ${deduplicate ? '' : "transportEntries: { '*': { options: { deduplicateInflightRequests: false } } },"}
  logging: 'error',
});
`);
  const port = await freePort();
  const bin = join(projectRoot, 'node_modules', '@graphql-hive', 'gateway', 'dist', 'bin.js');
  return startGatewayProcess([bin, 'supergraph', supergraphPath, '--port', String(port), '--host', '127.0.0.1', '--fork', String(workers === 1 ? 0 : workers), '-c', configPath], { NODE_ENV: 'production' }, port);
}

/** Our gateway once more, beside the platform's, with settings of its own (to measure what one buys). */
export async function startOwnGateway(subgraphUrls: Record<string, string>, publicKeyPem: string, env: Record<string, string>): Promise<PeerGateway> {
  const port = await freePort();
  const urls = Object.fromEntries(Object.entries(subgraphUrls).map(([name, url]) => [`${name.toUpperCase().replace(/-/g, '_')}_URL`, url]));
  return startGatewayProcess([join(projectRoot, 'gateway', 'dist', 'main.js')], {
    ...urls, PORT: String(port), HOST: '127.0.0.1', JWT_PUBLIC_KEY: publicKeyPem, LOG_LEVEL: 'warn', MUTATIONS_PER_MINUTE: '1000000', ...env,
  }, port);
}

async function startGatewayProcess(args: string[], env: Record<string, string>, port: number): Promise<PeerGateway> {
  const child = spawn(process.execPath, args, { cwd: projectRoot, stdio: ['ignore', 'ignore', 'inherit'], env });
  const url = `http://127.0.0.1:${port}/graphql`;
  await untilServing(url, child);
  return { url, stop: () => stopChild(child) };
}

async function untilServing(url: string, child: ChildProcess): Promise<void> {
  for (const deadline = Date.now() + 60_000; Date.now() < deadline; ) {
    if (child.exitCode !== null) throw new Error(`${args0(child)} exited with ${child.exitCode}`);
    const ok = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' }).then((res) => res.ok, () => false);
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  child.kill('SIGKILL');
  throw new Error(`${args0(child)} did not start within 60 s`);
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

const args0 = (child: ChildProcess) => child.spawnargs[1] ?? 'gateway';
