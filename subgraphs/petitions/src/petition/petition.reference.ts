import { NotFoundError } from '@xinfang/kit';
import type { RequestContext } from '@xinfang/kit';
import { petitionReading } from '../joint-visit-assignee/petition-reading';
import type { Petition } from './petition.entity';
import { petitionById } from './petition.loaders';

/**
 * Resolves `{ __typename: "Petition", id }` from other subgraphs, batched (an agency assigned
 * it at a joint visit reads it too). One the caller may not read is NOT_FOUND, as an unknown
 * one is: an error the gateway reports at the field, never a silent null, which on a non-null
 * field would drop the whole answer without saying why.
 */
export async function resolvePetitionReference(reference: Pick<Petition, 'id'>, context: RequestContext): Promise<Petition> {
  const petition = await petitionById(context).load(reference.id);
  if (!petition || (await petitionReading(context, petition)) === 'NONE') throw new NotFoundError('Petition', reference.id);
  return petition;
}
