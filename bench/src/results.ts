import { cpus, totalmem } from 'node:os';
import { writeFile } from 'node:fs/promises';
import type { HandOffFigures } from './hand-off';
import type { LatencySummary } from './measure';
import type { GatewayKey, PeerRow } from './peer-comparison';
import type { MemorySoak } from './memory-soak';
import type { ScaleFigures } from './scale';

export interface BenchFigures {
  started: Date;
  seconds: number;
  peers?: PeerRow[];
  /** Processes per gateway in the comparison. */
  gatewayWorkers?: number;
  latency?: { direct: LatencySummary; viaGateway: LatencySummary; federated: LatencySummary; directRate: number; federatedRate: number };
  entities?: { one: LatencySummary; hundred: LatencySummary };
  handOffs?: { referrals: HandOffFigures; assignments: HandOffFigures };
  memory?: MemorySoak;
  scale?: ScaleFigures;
}

const ms = (value: number) => value.toFixed(1);
const met = (ok: boolean) => (ok ? 'met' : '**not met**');

/** `bench/RESULTS.md`: the machine, the date, the command, each figure with its goal marked met or not. */
export function resultsMarkdown(figures: BenchFigures): string {
  const cpu = cpus();
  const lines = [
    '# Benchmark results',
    '',
    `Written by \`npm run bench\` on ${figures.started.toISOString().slice(0, 10)} in ${Math.round(figures.seconds)} s: ${cpu.length} × ${cpu[0]?.model.trim() ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GB, Node ${process.version}.`,
    'Every service, both gateways and the load generator share the machine. Figures are from one run; run it again for yours.',
    '',
  ];
  if (figures.peers) {
    const rps = (row: PeerRow, key: GatewayKey) => row.results[key].requestsPerSecond;
    lines.push(
      '## Our gateway against Hive Gateway',
      '',
      `Same supergraph and subgraphs, 16 connections (autocannon), each run after 2 s of warm-up, ${figures.gatewayWorkers ?? 1} process(es) per gateway (ours with node:cluster, Hive with \`--fork\`), ABCDABCD order, mean of two runs; every response checked for errors. *repeated*: every request the same query, petition and caller; *varied*: each connection its own caller, petitions rotating. Each gateway with its defaults and with in-flight deduplication of subgraph requests off. Goal: ours ≥ 1.0× Hive's defaults. Subgraph calls: subgraph requests per client request.`,
      '',
      '| query | load | ours req/s | Hive req/s | ours/Hive | goal | ours, no dedupe | Hive, no dedupe | p50 ms ours / Hive | subgraph calls ours / Hive (no dedupe: ours / Hive) |',
      '|---|---|---|---|---|---|---|---|---|---|',
      ...figures.peers.map((row) => {
        const ratio = rps(row, 'ours') / rps(row, 'hive');
        const calls = row.subgraphCalls;
        return `| ${row.query} | ${row.load} | ${rps(row, 'ours').toFixed(0)} | ${rps(row, 'hive').toFixed(0)} | ${ratio.toFixed(2)}× | ${met(ratio >= 1)} | ${rps(row, 'oursNoDedupe').toFixed(0)} | ${rps(row, 'hiveNoDedupe').toFixed(0)} | ${ms(row.results.ours.p50)} / ${ms(row.results.hive.p50)} | ${calls.ours.toFixed(2)} / ${calls.hive.toFixed(2)} (${calls.oursNoDedupe.toFixed(2)} / ${calls.hiveNoDedupe.toFixed(2)}) |`;
      }),
      '',
    );
  }
  if (figures.latency) {
    const { direct, viaGateway, federated, directRate, federatedRate } = figures.latency;
    const overhead = viaGateway.p50 / direct.p50;
    lines.push(
      '## Gateway overhead',
      '',
      `\`petition(id)\` (one subgraph, from PostgreSQL), ${direct.count} sequential requests after 30 warm-up. Goal: p50 through the gateway ≤ 1.3× direct.`,
      '',
      '| | p50 ms | p95 ms | p99 ms | vs direct |',
      '|---|---|---|---|---|',
      `| petitions subgraph directly | ${ms(direct.p50)} | ${ms(direct.p95)} | ${ms(direct.p99)} | 1.00× |`,
      `| through the gateway | ${ms(viaGateway.p50)} | ${ms(viaGateway.p95)} | ${ms(viaGateway.p99)} | ${overhead.toFixed(2)}× (${met(overhead <= 1.3)}) |`,
      `| where it stands, 4 subgraphs | ${ms(federated.p50)} | ${ms(federated.p95)} | ${ms(federated.p99)} | ${(federated.p50 / direct.p50).toFixed(2)}× |`,
      '',
      `Throughput, 16 concurrent callers for 5 s: the subgraph directly ${directRate.toFixed(0)} req/s; where it stands through the gateway ${federatedRate.toFixed(0)} req/s.`,
      '',
    );
  }
  if (figures.entities) {
    const { one, hundred } = figures.entities;
    const ratio = hundred.p50 / one.p50;
    lines.push(
      '## Entity batching',
      '',
      `\`_entities\` on the assistance subgraph: petitions' assistance cases and their referrals, for 100 representations against 1, ${one.count} sequential requests each. Goal: p50 ratio ≤ 2. One SQL query per entity type is counted by \`test/entity-resolution-batching.test.ts\`.`,
      '',
      `1 representation: p50 ${ms(one.p50)} ms, p99 ${ms(one.p99)} ms; 100: p50 ${ms(hundred.p50)} ms, p99 ${ms(hundred.p99)} ms; ratio ${ratio.toFixed(2)}× (${met(ratio <= 2)}).`,
      '',
    );
  }
  if (figures.handOffs) {
    const row = (what: string, figure: HandOffFigures) =>
      `| ${what} | ${figure.count} | ${ms(figure.p50)} | ${ms(figure.p95)} | ${ms(figure.p99)} | ${met(figure.p99 <= 100)} | ${ms(figure.mutationP50)} |`;
    lines.push(
      '## Hand-off latency',
      '',
      'From sending the mutation to the receiving agency\'s Kafka consumer holding the event (the transaction, the outbox, the relay woken by NOTIFY, Kafka), one at a time. Goal: p99 ≤ 100 ms.',
      '',
      '| hand-off | count | p50 ms | p95 ms | p99 ms | goal | the mutation alone, p50 ms |',
      '|---|---|---|---|---|---|---|',
      row('referral to a partner (`issueReferral`)', figures.handOffs.referrals),
      row('assignment to a court (`createAssignment`)', figures.handOffs.assignments),
      '',
    );
  }
  if (figures.memory) lines.push(...memoryLines(figures.memory));
  if (figures.scale) lines.push(...scaleLines(figures.scale));
  return `${lines.join('\n')}`;
}

function memoryLines(soak: MemorySoak): string[] {
  const last = soak.rssMb.at(-1) ?? Number.NaN;
  const ratio = last / soak.warmRssMb;
  return [
    '## Memory and transient errors under sustained load',
    '',
    `Our gateway under a varied load (the three queries above in turn, 16 connections, each its own caller) for ${Math.round(soak.seconds / 60)} minutes after 30 s of warm-up; resident memory from its \`process_resident_memory_bytes\`. Goal: after the load ≤ 1.1× after warm-up, and not one failed response ("fetch failed" between the gateway and a healthy subgraph among them).`,
    '',
    `After warm-up ${soak.warmRssMb.toFixed(0)} MB; after each minute ${soak.rssMb.map((mb) => mb.toFixed(0)).join(', ')} MB; ratio ${ratio.toFixed(2)}× (${met(ratio <= 1.1)}).`,
    '',
    `${soak.requests.toLocaleString('en-US')} requests, ${soak.failures} failed (${met(soak.failures === 0)})${soak.firstFailure ? `; the first: \`${soak.firstFailure.slice(0, 200)}\`` : ''}.`,
    '',
  ];
}

function scaleLines(scale: ScaleFigures): string[] {
  const count = (value: number) => value.toLocaleString('en-US');
  return [
    '## Scale of data',
    '',
    'Petitions copied in bulk with SQL from the demo city\'s year (made through the services, every state, clock and history entry): each copy its own id, tracking number and person, moved back whole years (ten years in all; only petitions whose clocks are all met go further back than one), then `VACUUM (ANALYZE)` as autovacuum would. Registrations: `registerPetition` through the gateway, 50 concurrent clients (autocannon), every response checked.',
    '',
    '| stored petitions | bulk load s | registrations/s | p50 ms | p99 ms |',
    '|---|---|---|---|---|',
    ...scale.points.map((point) => `| ${count(point.petitions)} | ${point.loadSeconds.toFixed(0)} | ${point.registrations.requestsPerSecond.toFixed(0)} | ${ms(point.registrations.p50)} | ${ms(point.registrations.p99)} |`),
    '',
    `Each registration hashes the petitioner's access code with scrypt (slow on purpose, so a leaked table does not give codes away): ${ms(scale.accessCodeHash.ms)} ms here, which alone allows ${scale.accessCodeHash.ceilingPerSecond.toFixed(0)} registrations a second on all cores with nothing else running; every service, PostgreSQL, Kafka and the load generator share those cores.`,
    '',
    `At ${count(scale.points.at(-1)?.petitions ?? 0)} petitions, through the gateway, as the city's chief procurator, ${scale.queries[0]?.latency.count ?? 0} sequential requests after 30 warm-up. Goal: p95 ≤ 100 ms.`,
    '',
    '| query | p50 ms | p95 ms | p99 ms | goal |',
    '|---|---|---|---|---|',
    ...scale.queries.map((query) => `| ${query.name} | ${ms(query.latency.p50)} | ${ms(query.latency.p95)} | ${ms(query.latency.p99)} | ${met(query.latency.p95 <= 100)} |`),
    '',
    'The plans PostgreSQL chose for the statements behind them (`EXPLAIN (ANALYZE)`):',
    '',
    ...scale.plans.flatMap((plan) => [`<details><summary>${plan.name}</summary>`, '', '```', plan.plan, '```', '', '</details>', '']),
  ];
}

export async function writeResults(path: string, figures: BenchFigures): Promise<void> {
  await writeFile(path, resultsMarkdown(figures));
}
