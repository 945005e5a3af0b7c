import type { RequestContext } from '@xinfang/kit';
import { petitionReading } from '../joint-visit-assignee/petition-reading';
import type { Petition } from './petition.entity';
import { petitionById } from './petition.loaders';

/** Resolves `{ __typename: "Petition", id }` from other subgraphs, batched; one the caller may not read resolves to null; an agency assigned it at a joint visit may. */
export async function resolvePetitionReference(reference: Pick<Petition, 'id'>, context: RequestContext): Promise<Petition | null> {
  const petition = await petitionById(context).load(reference.id);
  return petition && (await petitionReading(context, petition)) !== 'NONE' ? petition : null;
}
