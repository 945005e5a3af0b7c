import { z } from 'zod';
import { booleanFlag, commaList, logLevel, port, readEnv } from './env';

/** What every subgraph needs from its environment. */
export interface SubgraphConfig {
  port: number;
  databaseUrl: string;
  kafkaBrokers: string[];
  logLevel: z.infer<typeof logLevel>;
  jwt: JwtVerificationConfig;
  /** Load the demo city's data at start (local platform only). */
  seedDemoData: boolean;
}

export interface JwtVerificationConfig {
  /** PEM of the public key that signs tokens (local development and tests). */
  publicKeyPem?: string;
  /** An OIDC provider's JWKS endpoint (production). */
  jwksUrl?: string;
  issuer: string;
  audience: string;
}

export const jwtEnvShape = {
  JWT_PUBLIC_KEY: z.string().optional(),
  JWT_JWKS_URL: z.url().optional(),
  JWT_ISSUER: z.string().default('xinfang-local'),
  JWT_AUDIENCE: z.string().default('xinfang-federation'),
};

export function jwtConfigFrom(env: {
  JWT_PUBLIC_KEY?: string;
  JWT_JWKS_URL?: string;
  JWT_ISSUER: string;
  JWT_AUDIENCE: string;
}): JwtVerificationConfig {
  if (!env.JWT_PUBLIC_KEY && !env.JWT_JWKS_URL) {
    throw new Error('Invalid configuration: set JWT_PUBLIC_KEY (PEM) or JWT_JWKS_URL so identities can be verified');
  }
  return {
    publicKeyPem: env.JWT_PUBLIC_KEY?.replace(/\\n/g, '\n'),
    jwksUrl: env.JWT_JWKS_URL,
    issuer: env.JWT_ISSUER,
    audience: env.JWT_AUDIENCE,
  };
}

/**
 * Reads a subgraph's configuration. `DATABASE_URL` names a PostgreSQL server; each subgraph
 * owns the database `xinfang_<subgraph>` on it, unless `<SUBGRAPH>_DATABASE_URL`
 * (e.g. `PETITIONS_DATABASE_URL`) points it somewhere else entirely.
 */
export function readSubgraphConfig(subgraph: string, defaults: { port: number }): SubgraphConfig {
  const ownUrl = `${subgraph.toUpperCase().replace(/-/g, '_')}_DATABASE_URL`;
  const env = readEnv({
    PORT: port.default(defaults.port),
    DATABASE_URL: z.url().default('postgres://postgres:postgres@127.0.0.1:5432/postgres'),
    KAFKA_BROKERS: commaList.default(['127.0.0.1:9092']),
    LOG_LEVEL: logLevel,
    SEED_DEMO_DATA: booleanFlag,
    ...jwtEnvShape,
  });
  return {
    port: env.PORT,
    databaseUrl: readEnv({ [ownUrl]: z.url().optional() })[ownUrl] ?? subgraphDatabaseUrl(env.DATABASE_URL, subgraph),
    kafkaBrokers: env.KAFKA_BROKERS,
    logLevel: env.LOG_LEVEL,
    jwt: jwtConfigFrom(env),
    seedDemoData: env.SEED_DEMO_DATA,
  };
}

export function subgraphDatabaseUrl(serverUrl: string, subgraph: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/xinfang_${subgraph.replace(/-/g, '_')}`;
  return url.toString();
}
