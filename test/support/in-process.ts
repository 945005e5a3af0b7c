import { createLogger, startSubgraph, subgraphDatabaseUrl } from '@xinfang/kit';
import type { RunningSubgraph, SubgraphModule } from '@xinfang/kit';
import { testEnv } from './test-env';

export interface InProcessOptions {
  /** A database of its own on the test server, so the platform's data is untouched. */
  database: string;
  kafkaBrokers?: string[];
  onQuery?: (sql: string) => void;
}

/**
 * Runs one subgraph inside the test, for what needs its internals (SQL it runs, a Kafka it
 * cannot reach). Its consumers are left out: they would join the platform's groups.
 */
export function startInProcess(module: SubgraphModule, options: InProcessOptions): Promise<RunningSubgraph> {
  return startSubgraph(
    { ...module, consumers: [] },
    {
      config: {
        port: 0,
        databaseUrl: subgraphDatabaseUrl(testEnv.databaseUrl, options.database),
        kafkaBrokers: options.kafkaBrokers ?? testEnv.kafkaBrokers,
        logLevel: 'silent',
        jwt: { publicKeyPem: testEnv.jwtPublicKey, issuer: testEnv.jwtIssuer, audience: testEnv.jwtAudience },
        seedDemoData: false,
      },
      logger: createLogger(module.name, 'silent'),
      onQuery: options.onQuery,
    },
  );
}
