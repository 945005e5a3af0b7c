import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import { agenciesSubgraph } from '@xinfang/agencies';
import { assistanceSubgraph } from '@xinfang/assistance';
import { jointVisitsSubgraph } from '@xinfang/joint-visits';
import { SUBGRAPHS, buildFederatedSchema, eventContractFiles } from '@xinfang/kit';
import type { SubgraphModule, SubgraphName } from '@xinfang/kit';
import { petitionsSubgraph } from '@xinfang/petitions';

const modules: Record<SubgraphName, SubgraphModule> = {
  agencies: agenciesSubgraph,
  petitions: petitionsSubgraph,
  assistance: assistanceSubgraph,
  'joint-visits': jointVisitsSubgraph,
};

/** The subgraphs in the supergraph, with the URL each has when run locally. */
export const supergraphMembers: { module: SubgraphModule; url: string }[] = SUBGRAPHS.map(({ name, defaultPort }) => ({
  module: modules[name],
  url: `http://localhost:${defaultPort}/graphql`,
}));

/**
 * Every generated file under `schemas/`, by path: each subgraph's SDL, the composed
 * supergraph, and the event contracts with their index (`events/index.json`).
 * Composition errors fail loudly, listing them all.
 */
export async function renderSchemas(): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  const services = [];
  for (const { module, url } of supergraphMembers) {
    const { sdl } = await buildFederatedSchema(module, module.references, module.publicEntityTypes);
    files.set(`subgraphs/${module.name}.graphql`, `${sdl.trim()}\n`);
    services.push({ name: module.name, url, typeDefs: parse(sdl) });
  }
  const composition = composeServices(services);
  if (composition.errors) {
    throw new Error(`Supergraph composition failed:\n${composition.errors.map((error) => `  ${error.message}`).join('\n')}`);
  }
  files.set('supergraph.graphql', `${composition.supergraphSdl.trim()}\n`);
  for (const [path, content] of eventContractFiles()) files.set(`events/${path}`, content);
  return files;
}
