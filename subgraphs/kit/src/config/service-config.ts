import { z } from 'zod';
import { topicSettingsEnvShape, topicSettingsFrom } from '../kafka/topic-settings';
import type { TopicSettings } from '../kafka/topic-settings';
import { booleanFlag, commaList, logLevel, port, readEnv } from './env';
import { defaultPortOf } from './subgraphs';
import type { SubgraphName } from './subgraphs';
import { queryLimitsEnvShape, queryLimitsFrom } from '../server/query-limits';
import type { QueryLimits } from '../server/query-limits';
import { jwtConfigFrom, jwtEnvShape } from '../identity/jwt-config';
import type { JwtVerificationConfig } from '../identity/jwt-config';
import { kafkaSecurityEnvShape, kafkaSecurityFrom } from '../kafka/kafka-security';
import type { KafkaSecurity } from '../kafka/kafka-client';
import { messageRetentionEnvShape, messageRetentionFrom } from '../messaging/message-retention';
import type { MessageRetention } from '../messaging/message-retention';

/** How a GraphQL server (gateway or subgraph) listens and what it accepts. */
export interface HttpConfig {
  /** The interface to listen on: loopback unless deployed behind something that needs more. */
  host: string;
  port: number;
  queryLimits: QueryLimits;
  /**
   * Introspection and "did you mean" suggestions: on in development, off in production, where
   * they would hand a stranger the map of every field.
   */
  schemaDetails: boolean;
}

export const httpEnvShape = {
  HOST: z.string().min(1).default('127.0.0.1'),
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  /** Overrides what NODE_ENV implies for introspection and suggestions. */
  GRAPHQL_SCHEMA_DETAILS: z.enum(['true', 'false']).optional(),
  ...queryLimitsEnvShape,
};

export function httpConfigFrom(env: z.infer<z.ZodObject<typeof httpEnvShape>> & { PORT: number }): HttpConfig {
  const schemaDetails = env.GRAPHQL_SCHEMA_DETAILS === undefined ? env.NODE_ENV !== 'production' : env.GRAPHQL_SCHEMA_DETAILS === 'true';
  return { host: env.HOST, port: env.PORT, queryLimits: queryLimitsFrom(env), schemaDetails };
}

/** What every subgraph needs from its environment. */
export interface SubgraphConfig extends HttpConfig {
  databaseUrl: string;
  kafkaBrokers: string[];
  /** The subgraph's own Kafka principal (`KAFKA_SASL_*`); none for an unauthenticated broker. */
  kafkaSecurity?: KafkaSecurity;
  /** Replication of the topics it creates (`KAFKA_TOPIC_*`); the broker's defaults when absent. */
  kafkaTopics?: TopicSettings;
  logLevel: z.infer<typeof logLevel>;
  jwt: JwtVerificationConfig;
  /** Load the demo city's data at start (local platform only). */
  seedDemoData: boolean;
  /** How often the deadline scheduler looks for due-soon and missed clocks (default a minute). */
  deadlineScanIntervalMs?: number;
  /** How long sent outbox rows and inbox entries are kept (default a week and 30 days). */
  messageRetention?: MessageRetention;
}

/**
 * Reads a subgraph's configuration. `DATABASE_URL` names a PostgreSQL server; each subgraph
 * owns the database `xinfang_<subgraph>` on it, unless `<SUBGRAPH>_DATABASE_URL`
 * (e.g. `PETITIONS_DATABASE_URL`) points it somewhere else entirely.
 */
export function readSubgraphConfig(subgraph: SubgraphName): SubgraphConfig {
  const ownUrl = `${subgraph.toUpperCase().replace(/-/g, '_')}_DATABASE_URL`;
  const env = readEnv({
    PORT: port.default(defaultPortOf(subgraph)),
    DATABASE_URL: z.url().default('postgres://postgres:postgres@127.0.0.1:5432/postgres'),
    KAFKA_BROKERS: commaList.default(['127.0.0.1:9092']),
    LOG_LEVEL: logLevel,
    SEED_DEMO_DATA: booleanFlag,
    DEADLINE_SCAN_INTERVAL_MS: z.coerce.number().int().min(100).default(60_000),
    ...httpEnvShape,
    ...jwtEnvShape,
    ...messageRetentionEnvShape,
    ...kafkaSecurityEnvShape,
    ...topicSettingsEnvShape,
  });
  return {
    ...httpConfigFrom(env),
    databaseUrl: readEnv({ [ownUrl]: z.url().optional() })[ownUrl] ?? subgraphDatabaseUrl(env.DATABASE_URL, subgraph),
    kafkaBrokers: env.KAFKA_BROKERS,
    kafkaSecurity: kafkaSecurityFrom(env),
    kafkaTopics: topicSettingsFrom(env),
    logLevel: env.LOG_LEVEL,
    jwt: jwtConfigFrom(env),
    seedDemoData: env.SEED_DEMO_DATA,
    deadlineScanIntervalMs: env.DEADLINE_SCAN_INTERVAL_MS,
    messageRetention: messageRetentionFrom(env),
  };
}

export function subgraphDatabaseUrl(serverUrl: string, subgraph: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/xinfang_${subgraph.replace(/-/g, '_')}`;
  return url.toString();
}
