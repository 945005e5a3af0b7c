import type { EntityClass, MigrationObject } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { NonEmptyArray } from 'type-graphql';
import type { TopicSpec } from '../events/contract';
import type { ConsumerDefinition } from '../messaging/consumer-runner';
import type { ReferenceResolvers } from './federated-schema';
import type { SubgraphRoutesDefinition } from './http-routes';

/**
 * Everything that makes one subgraph different from another. A subgraph's `index.ts`
 * lists its domain folders' parts here and hands them to `startSubgraph`.
 */
export interface SubgraphModule {
  /** The subgraph's name in the supergraph, e.g. `petitions`. */
  name: string;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- type-graphql's own signature
  resolvers: NonEmptyArray<Function>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- type-graphql's own signature
  orphanedTypes?: Function[];
  references?: ReferenceResolvers;
  /** Entity types anyone may resolve by key (e.g. the agency directory); others need an identity. */
  publicEntityTypes?: string[];
  entities: EntityClass<unknown>[];
  migrations: MigrationObject[];
  /** Topics this subgraph publishes to; created at start with their partition counts. */
  produces?: TopicSpec[];
  consumers?: ConsumerDefinition[];
  /** It keeps deadline clocks: announce due-soon and missed ones on `clocks.deadlines.v1`. */
  keepsDeadlines?: boolean;
  /** Plain-HTTP routes beside `/graphql`, e.g. streamed downloads, with the same identity and access rules. */
  routes?: SubgraphRoutesDefinition;
  /** Idempotent demo data for the local platform (`SEED_DEMO_DATA=true`). */
  seedDemoData?: (em: EntityManager) => Promise<void>;
}
