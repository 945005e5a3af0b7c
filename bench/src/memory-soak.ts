import { load } from './load';
import type { CallPlan } from './load';
import { PEER_QUERIES } from './peer-comparison';

const CONNECTIONS = 16;
const WARM_UP_SECONDS = 30;
const SAMPLE_SECONDS = 60;

export interface MemorySoak {
  seconds: number;
  requests: number;
  /** Responses that were not data without errors, a "fetch failed" between gateway and subgraph among them. */
  failures: number;
  firstFailure?: string;
  warmRssMb: number;
  /** The gateway's resident memory after each minute of load. */
  rssMb: number[];
}

/**
 * The gateway's resident memory after warm-up and after every minute of a varied load (the
 * three peer queries in turn, each connection its own caller and petitions), for `seconds`.
 * The same run is the soak for transient errors: every response is checked, so a single
 * "fetch failed" between the gateway and a healthy subgraph shows as a failure.
 */
export async function memorySoak(gatewayUrl: string, fixtures: { petitionIds: string[]; callers: string[] }, seconds: number): Promise<MemorySoak> {
  const shapes = Object.values(PEER_QUERIES);
  const plan: CallPlan = (connection, sent) => {
    const shape = shapes[(connection + sent) % shapes.length]!;
    return {
      query: shape.query,
      variables: shape.variables(fixtures.petitionIds[(connection * 7 + sent) % fixtures.petitionIds.length]!, sent),
      token: fixtures.callers[connection % fixtures.callers.length]!,
    };
  };
  await load(gatewayUrl, plan, { connections: CONNECTIONS, seconds: WARM_UP_SECONDS });
  const warmRssMb = await gatewayRssMb(gatewayUrl);
  const soak: MemorySoak = { seconds, requests: 0, failures: 0, warmRssMb, rssMb: [] };
  for (let elapsed = 0; elapsed < seconds; elapsed += SAMPLE_SECONDS) {
    const minute = await load(gatewayUrl, plan, { connections: CONNECTIONS, seconds: Math.min(SAMPLE_SECONDS, seconds - elapsed) });
    soak.requests += minute.requests;
    soak.failures += minute.failures;
    soak.firstFailure ??= minute.firstFailure;
    soak.rssMb.push(await gatewayRssMb(gatewayUrl));
  }
  return soak;
}

/** From the gateway's own Prometheus metrics: its process's resident set. */
async function gatewayRssMb(gatewayUrl: string): Promise<number> {
  const metrics = await (await fetch(new URL('/metrics', gatewayUrl))).text();
  // `process_resident_memory_bytes{service="gateway"} 123456`: every sample carries its service.
  const line = metrics.split('\n').find((each) => /^process_resident_memory_bytes[ {]/.test(each));
  if (!line) throw new Error('the gateway reports no process_resident_memory_bytes');
  return Number(line.slice(line.lastIndexOf(' ') + 1)) / 2 ** 20;
}
