import { resolve } from 'node:path';
import { z } from 'zod';
import { GATEWAY_DEFAULT_PORT, SUBGRAPHS, httpConfigFrom, httpEnvShape, jwtConfigFrom, jwtEnvShape, logLevel, port, readEnv } from '@xinfang/kit';
import type { HttpConfig, JwtVerificationConfig } from '@xinfang/kit';

const SUBGRAPH_NAMES = SUBGRAPHS.map((subgraph) => subgraph.name);

export interface GatewayConfig extends HttpConfig {
  supergraphPath: string;
  /** Where each subgraph listens, overriding the URL composed into the supergraph. */
  subgraphUrls: Partial<Record<string, string>>;
  logLevel: z.infer<typeof logLevel>;
  jwt: JwtVerificationConfig;
  /** Public look-ups (`petitionByTrackingNumber`, `ratePetition`) one client address may make a minute. */
  lookupsPerMinute: number;
  /** Mutations one signed-in person may make a minute. */
  mutationsPerMinute: number;
  /** Merge identical subgraph queries of the same caller while in flight (see inflight-deduplication). */
  deduplicateInflight: boolean;
  /** Subgraph answers marked public kept at most (see public-answers); 0 keeps none. */
  publicAnswers: number;
}

export interface GatewayProcessConfig extends GatewayConfig {
  /**
   * Gateway processes on the one port (node:cluster): one per core on a machine of its own;
   * one (the default) where an orchestrator runs a replica per core instead.
   */
  workers: number;
}

/** `AGENCIES_URL`, `PETITIONS_URL`, `ASSISTANCE_URL`, `JOINT_VISITS_URL`. */
export function subgraphUrlVariable(name: string): string {
  return `${name.toUpperCase().replace(/-/g, '_')}_URL`;
}

export function readGatewayConfig(): GatewayProcessConfig {
  const urlShape = Object.fromEntries(SUBGRAPH_NAMES.map((name) => [subgraphUrlVariable(name), z.url().optional()]));
  const env = readEnv({
    PORT: port.default(GATEWAY_DEFAULT_PORT),
    SUPERGRAPH_PATH: z.string().default(resolve(__dirname, '..', '..', 'schemas', 'supergraph.graphql')),
    LOG_LEVEL: logLevel,
    LOOKUPS_PER_MINUTE: z.coerce.number().int().min(1).max(100_000).default(20),
    MUTATIONS_PER_MINUTE: z.coerce.number().int().min(1).max(1_000_000).default(120),
    SUBGRAPH_DEDUPLICATE_INFLIGHT: z.enum(['true', 'false']).default('true'),
    SUBGRAPH_PUBLIC_ANSWERS: z.coerce.number().int().min(0).max(1_000_000).default(10_000),
    GATEWAY_WORKERS: z.coerce.number().int().min(1).max(256).default(1),
    ...httpEnvShape,
    ...jwtEnvShape,
    ...urlShape,
  });
  const urls = env as unknown as Record<string, string | undefined>;
  return {
    ...httpConfigFrom(env),
    supergraphPath: env.SUPERGRAPH_PATH,
    subgraphUrls: Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, urls[subgraphUrlVariable(name)]])),
    logLevel: env.LOG_LEVEL,
    jwt: jwtConfigFrom(env),
    lookupsPerMinute: env.LOOKUPS_PER_MINUTE,
    mutationsPerMinute: env.MUTATIONS_PER_MINUTE,
    deduplicateInflight: env.SUBGRAPH_DEDUPLICATE_INFLIGHT === 'true',
    publicAnswers: env.SUBGRAPH_PUBLIC_ANSWERS,
    workers: env.GATEWAY_WORKERS,
  };
}
