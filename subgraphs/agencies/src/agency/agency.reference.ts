import type { RequestContext } from '@xinfang/kit';
import type { Agency } from './agency.entity';
import { agencyById } from './agency.loaders';

/** Resolves `{ __typename: "Agency", id }` from other subgraphs, batched per request. */
export async function resolveAgencyReference(reference: Pick<Agency, 'id'>, context: RequestContext): Promise<Agency | null> {
  return agencyById(context).load(reference.id);
}
