import type { KafkaPrincipals } from '@xinfang/infra';

/** What the global setup started, as the tests see it. */
export const testEnv = {
  gatewayUrl: required('XF_GATEWAY_URL'),
  /** The web console (its own origin, the gateway behind it). */
  consoleUrl: required('XF_CONSOLE_URL'),
  /** Debian's Chromium, for the console's browser tests. */
  chromium: required('XF_CHROMIUM'),
  subgraphUrls: JSON.parse(required('XF_SUBGRAPH_URLS')) as Record<string, string>,
  databaseUrl: required('XF_DATABASE_URL'),
  kafkaBrokers: required('XF_KAFKA_BROKERS').split(','),
  /** The platform broker's SCRAM principals: its admin, each subgraph, each demo agency. */
  kafkaPrincipals: JSON.parse(required('XF_KAFKA_PRINCIPALS')) as KafkaPrincipals,
  kafkaJars: required('XF_KAFKA_JARS'),
  jwtPrivateKey: required('XF_JWT_PRIVATE_KEY'),
  jwtPublicKey: required('XF_JWT_PUBLIC_KEY'),
  dataDir: required('XF_DATA_DIR'),
  /** Where the platform's spans land, one JSON object per line (see otlp-receiver.mjs). */
  spansFile: required('XF_SPANS_FILE'),
  jwtIssuer: 'xinfang-local',
  jwtAudience: 'xinfang-federation',
};

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the tests through jest, whose global setup starts the platform`);
  return value;
}
