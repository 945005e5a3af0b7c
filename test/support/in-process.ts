import { createLogger, defaultQueryLimits, scramSecurity, jwtConfigFrom, jwtEnvShape, readEnv, startSubgraph, subgraphDatabaseUrl } from '@xinfang/kit';
import type { MessageRetention, RunningSubgraph, SubgraphModule } from '@xinfang/kit';
import { subgraphCredentials } from './kafka-access';
import { testEnv } from './test-env';

export interface InProcessOptions {
  /** A database of its own on the test server, so the platform's data is untouched. */
  database: string;
  /** Reach PostgreSQL through another port (e.g. a relay a test can cut). */
  databasePort?: number;
  /** Keep the consumers, in groups of their own (`<group>.<suffix>`), instead of leaving them out. */
  consumerGroupSuffix?: string;
  kafkaBrokers?: string[];
  onQuery?: (sql: string) => void;
  messageRetention?: MessageRetention;
  /** False runs it as in production: no introspection, no field suggestions. */
  schemaDetails?: boolean;
  /** A port of its own, to start it again where the gateway expects it; a free one otherwise. */
  port?: number;
}

/**
 * Runs one subgraph inside the test, for what needs its internals (SQL it runs, a Kafka or
 * a database it cannot reach). Its consumers are left out unless given groups of their own:
 * in the platform's groups they would take the platform's events.
 */
export function startInProcess(module: SubgraphModule, options: InProcessOptions): Promise<RunningSubgraph> {
  const { consumerGroupSuffix: suffix } = options;
  const consumers = suffix ? (module.consumers ?? []).map((consumer) => ({ ...consumer, groupId: `${consumer.groupId}.${suffix}` })) : [];
  const databaseUrl = new URL(subgraphDatabaseUrl(testEnv.databaseUrl, options.database));
  if (options.databasePort) databaseUrl.port = String(options.databasePort);
  return startSubgraph(
    { ...module, consumers },
    {
      config: {
        host: '127.0.0.1',
        port: options.port ?? 0,
        queryLimits: defaultQueryLimits,
        schemaDetails: options.schemaDetails ?? true,
        databaseUrl: databaseUrl.toString(),
        kafkaBrokers: options.kafkaBrokers ?? testEnv.kafkaBrokers,
        // As the platform runs it: logged in as the subgraph's own principal.
        kafkaSecurity: scramSecurity(subgraphCredentials(module.name)),
        logLevel: 'silent',
        jwt: jwtConfigFrom(readEnv(jwtEnvShape, { JWT_PUBLIC_KEY: testEnv.jwtPublicKey, JWT_ISSUER: testEnv.jwtIssuer, JWT_AUDIENCE: testEnv.jwtAudience })),
        seedDemoData: false,
        deadlineScanIntervalMs: 200,
        messageRetention: options.messageRetention,
      },
      logger: createLogger(module.name, 'silent'),
      onQuery: options.onQuery,
    },
  );
}
