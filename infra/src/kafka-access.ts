import type { AclEntry } from 'kafkajs';
import { agenciesSubgraph } from '@xinfang/agencies';
import { assistanceSubgraph } from '@xinfang/assistance';
import { jointVisitsSubgraph } from '@xinfang/joint-visits';
import { petitionsSubgraph } from '@xinfang/petitions';
import { agencyAcls, agencyPrincipal, subgraphAcls, toKafkaAcls } from '@xinfang/kit';
import type { SubgraphModule } from '@xinfang/kit';

/** Every subgraph with its Kafka side; each is its own principal, named as the subgraph. */
const SUBGRAPH_MODULES: SubgraphModule[] = [agenciesSubgraph, petitionsSubgraph, assistanceSubgraph, jointVisitsSubgraph];

/**
 * Whose outbox writes on agencies' own topics: assistance its referrals, joint visits its
 * assignments, petitions its transfers. The module declares only its shared topics, since an
 * event's agency topic is chosen per event.
 */
const WRITES_AGENCY_TOPICS = new Set(['petitions', 'assistance', 'joint-visits']);

export function subgraphPrincipals(): string[] {
  return SUBGRAPH_MODULES.map((module) => module.name);
}

/** The principals of the agencies whose systems talk to the platform through Kafka. */
export function agencyPrincipals(agencyIds: string[]): string[] {
  return agencyIds.map(agencyPrincipal);
}

/** All the platform's allow rules: each subgraph's, and each of these agencies' own. */
export function platformKafkaAcls(agencyIds: string[]): AclEntry[] {
  return toKafkaAcls([
    ...SUBGRAPH_MODULES.flatMap((module) => subgraphAcls(module, { writesAgencyTopics: WRITES_AGENCY_TOPICS.has(module.name) })),
    ...agencyIds.flatMap(agencyAcls),
  ]);
}
