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
 * subgraphs, in one process (`--fork 0`) like ours. It forwards no client header unless told:
 * `authorization` is passed on, as our gateway does. `deduplicate` is its default (identical
 * in-flight subgraph requests merged); off, it is measured without that.
 */
export async function startHiveGateway(dir: string, subgraphUrls: Record<string, string>, deduplicate: boolean): Promise<PeerGateway> {
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
  const child = spawn(process.execPath, [join(projectRoot, 'node_modules', '@graphql-hive', 'gateway', 'dist', 'bin.js'), 'supergraph', supergraphPath, '--port', String(port), '--host', '127.0.0.1', '--fork', '0', '-c', configPath], {
    cwd: projectRoot, stdio: ['ignore', 'ignore', 'inherit'], env: { PATH: '', NODE_ENV: 'production' },
  });
  const url = `http://127.0.0.1:${port}/graphql`;
  await untilServing(url, child);
  return { url, stop: () => stopChild(child) };
}

async function untilServing(url: string, child: ChildProcess): Promise<void> {
  for (const deadline = Date.now() + 60_000; Date.now() < deadline; ) {
    if (child.exitCode !== null) throw new Error(`Hive Gateway exited with ${child.exitCode}`);
    const ok = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' }).then((res) => res.ok, () => false);
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  child.kill('SIGKILL');
  throw new Error('Hive Gateway did not start within 60 s');
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}
