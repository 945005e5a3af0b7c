import { load } from './load';
import type { CallPlan, LoadResult } from './load';
import { startHiveGateway, startOwnGateway } from './peer-gateway';

/** The three queries the issue names, each with the variables one call needs. */
export const PEER_QUERIES = {
  'where it stands (4 subgraphs)': {
    query: `query WhereItStands($id: ID!) { petition(id: $id) {
      trackingNumber status receivingAgency { name }
      assistanceCases { status referrals { status partner { name } } }
      jointVisitAssignments { status assignee { name } }
    } }`,
    variables: (petitionId: string) => ({ id: petitionId }),
  },
  'cross-subgraph list': {
    query: `query PetitionsWithCases($first: Int!) { petitions(first: $first) { edges { node {
      trackingNumber status receivingAgency { name } assistanceCases { status }
    } } } }`,
    variables: (_petitionId: string, sent = 0) => ({ first: 10 + (sent % 3) * 5 }),
  },
  'one-subgraph list': {
    query: `query PetitionList($first: Int!) { petitions(first: $first) { edges { node { trackingNumber status receivedAt } } } }`,
    variables: (_petitionId: string, sent = 0) => ({ first: 10 + (sent % 3) * 5 }),
  },
} as const;

export interface PeerFixtures {
  petitionIds: string[];
  /** Tokens of different people who may read those petitions. */
  callers: string[];
}

/** Ours and Hive's, each with its defaults and with in-flight deduplication off. */
export const GATEWAYS = ['ours', 'oursNoDedupe', 'hive', 'hiveNoDedupe'] as const;
export type GatewayKey = (typeof GATEWAYS)[number];

export interface PeerRow {
  query: string;
  load: 'repeated' | 'varied';
  results: Record<GatewayKey, LoadResult>;
  /** Subgraph requests per client request, as the subgraphs counted them. */
  subgraphCalls: Record<GatewayKey, number>;
}

const CONNECTIONS = 16;

/**
 * Ours against Hive Gateway (defaults, and with in-flight deduplication off), same supergraph,
 * subgraphs, load and machine, `workers` processes each (ours with node:cluster, Hive with its
 * `--fork`), in ABCDABCD order so drift is shared; each figure is the mean of its two runs.
 */
export async function comparePeers(subgraphUrls: Record<string, string>, dir: string, fixtures: PeerFixtures & { publicKeyPem: string }, options: { seconds: number; workers: number }): Promise<PeerRow[]> {
  const { seconds, workers } = options;
  const ownWorkers = { GATEWAY_WORKERS: String(workers) };
  const started = [
    await startOwnGateway(subgraphUrls, fixtures.publicKeyPem, ownWorkers),
    await startOwnGateway(subgraphUrls, fixtures.publicKeyPem, { ...ownWorkers, SUBGRAPH_DEDUPLICATE_INFLIGHT: 'false' }),
    await startHiveGateway(dir, subgraphUrls, true, workers),
    await startHiveGateway(dir, subgraphUrls, false, workers),
  ];
  const [ours, oursNoDedupe, hive, hiveNoDedupe] = started;
  const gateways: Record<GatewayKey, string> = { ours: ours!.url, oursNoDedupe: oursNoDedupe!.url, hive: hive!.url, hiveNoDedupe: hiveNoDedupe!.url };
  try {
    const rows: PeerRow[] = [];
    for (const [name, shape] of Object.entries(PEER_QUERIES)) {
      for (const loadKind of ['repeated', 'varied'] as const) {
        const plan: CallPlan = loadKind === 'repeated'
          ? () => ({ query: shape.query, variables: shape.variables(fixtures.petitionIds[0]!), token: fixtures.callers[0]! })
          : (connection, sent) => ({
            query: shape.query,
            variables: shape.variables(fixtures.petitionIds[(connection * 7 + sent) % fixtures.petitionIds.length]!, sent),
            token: fixtures.callers[connection % fixtures.callers.length]!,
          });
        const runs = Object.fromEntries(GATEWAYS.map((key) => [key, [] as LoadResult[]])) as Record<GatewayKey, LoadResult[]>;
        const calls = Object.fromEntries(GATEWAYS.map((key) => [key, [] as number[]])) as Record<GatewayKey, number[]>;
        for (const key of GATEWAYS) await load(gateways[key], plan, { connections: CONNECTIONS, seconds: 2 });
        for (let round = 0; round < 2; round++) {
          for (const key of GATEWAYS) {
            const before = await subgraphRequests(subgraphUrls);
            const result = await load(gateways[key], plan, { connections: CONNECTIONS, seconds });
            const after = await subgraphRequests(subgraphUrls);
            if (result.failures > 0) throw new Error(`${key} answered ${result.failures} requests of "${name}" with errors, e.g. ${result.firstFailure}`);
            runs[key].push(result);
            calls[key].push((after - before) / (result.requestsPerSecond * seconds));
          }
        }
        rows.push({
          query: name, load: loadKind,
          results: Object.fromEntries(GATEWAYS.map((key) => [key, mean(runs[key])])) as Record<GatewayKey, LoadResult>,
          subgraphCalls: Object.fromEntries(GATEWAYS.map((key) => [key, average(calls[key])])) as Record<GatewayKey, number>,
        });
      }
    }
    return rows;
  } finally {
    await Promise.all(started.map((gateway) => gateway.stop()));
  }
}

/** GraphQL requests every subgraph has served so far, from their Prometheus metrics. */
async function subgraphRequests(subgraphUrls: Record<string, string>): Promise<number> {
  let total = 0;
  for (const url of Object.values(subgraphUrls)) {
    const text = await (await fetch(new URL('/metrics', url))).text();
    for (const line of text.split('\n')) if (line.startsWith('graphql_request_duration_seconds_count{')) total += Number(line.slice(line.lastIndexOf(' ') + 1));
  }
  return total;
}

const average = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;

function mean(results: LoadResult[]): LoadResult {
  return {
    requestsPerSecond: average(results.map((r) => r.requestsPerSecond)),
    requests: results.reduce((sum, r) => sum + r.requests, 0),
    p50: average(results.map((r) => r.p50)),
    p99: average(results.map((r) => r.p99)),
    failures: results.reduce((sum, r) => sum + r.failures, 0),
  };
}
