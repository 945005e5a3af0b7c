import 'reflect-metadata';
import { readSubgraphConfig, startSubgraph } from '@xinfang/kit';
import type { RunningSubgraph, StartSubgraphOptions, SubgraphModule } from '@xinfang/kit';
import { Agency } from './agency/agency.entity';
import { resolveAgencyReference } from './agency/agency.reference';
import { AgencyResolver } from './agency/agency.resolver';
import { seedDemoCity } from './agency/demo-city';
import { migrations } from './migrations';

export { AgencyLevel, AgencyType, PARTNER_AGENCY_TYPES } from './agency/agency-kind';
export { demoCityAgencies } from './agency/demo-city';

/** The agency directory: who is who, at which level, under whom. */
export const agenciesSubgraph: SubgraphModule = {
  name: 'agencies',
  resolvers: [AgencyResolver],
  references: { Agency: { __resolveReference: resolveAgencyReference } },
  publicEntityTypes: ['Agency'],
  entities: [Agency],
  migrations,
  seedDemoData: seedDemoCity,
};

export const AGENCIES_DEFAULT_PORT = 4001;

export function startAgencies(options: Partial<StartSubgraphOptions> = {}): Promise<RunningSubgraph> {
  return startSubgraph(agenciesSubgraph, { config: readSubgraphConfig('agencies', { port: AGENCIES_DEFAULT_PORT }), ...options });
}
