import 'reflect-metadata';
import { AgencyReference, StaffReference, Topics, directoryConsumer, readSubgraphConfig, startSubgraph } from '@xinfang/kit';
import type { RunningSubgraph, StartSubgraphOptions, SubgraphModule } from '@xinfang/kit';
import { seedDemoPetitions } from './demo/demo-petitions';
import { migrations } from './migrations';
import { Petition } from './petition/petition.entity';
import { resolvePetitionReference } from './petition/petition.reference';
import { PetitionResolver } from './petition/petition.resolver';
import { PetitionStepsResolver } from './petition/petition-steps.resolver';
import { PetitionReviewResolver } from './petition/petition-review.resolver';
import { OverduePetitionsResolver } from './overdue/overdue-petitions.resolver';
import { PetitionStatisticsResolver } from './statistics/petition-statistics.resolver';

/** Letters and visits (信访): registration, deadlines, handling, the petitioner's look-up. */
export const petitionsSubgraph: SubgraphModule = {
  name: 'petitions',
  resolvers: [PetitionResolver, PetitionStepsResolver, PetitionReviewResolver, OverduePetitionsResolver, PetitionStatisticsResolver],
  orphanedTypes: [AgencyReference, StaffReference],
  references: { Petition: { __resolveReference: resolvePetitionReference } },
  entities: [Petition],
  migrations,
  produces: [Topics.petitionEvents],
  // Its copy of the directory: the agency hierarchy for access, the calendar's corrections for clocks.
  consumers: [directoryConsumer('petitions')],
  keepsDeadlines: true,
  seedDemoData: seedDemoPetitions,
};

export function startPetitions(options: Partial<StartSubgraphOptions> = {}): Promise<RunningSubgraph> {
  return startSubgraph(petitionsSubgraph, { config: readSubgraphConfig('petitions'), ...options });
}
