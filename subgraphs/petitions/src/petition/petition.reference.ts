import type { RequestContext } from '@xinfang/kit';
import { readAccess } from '@xinfang/kit';
import { petitionWork } from './petition-access';
import type { Petition } from './petition.entity';
import { petitionById } from './petition.loaders';

/** Resolves `{ __typename: "Petition", id }` from other subgraphs, batched; one the caller may not read resolves to null. */
export async function resolvePetitionReference(reference: Pick<Petition, 'id'>, context: RequestContext): Promise<Petition | null> {
  const access = readAccess(context);
  const petition = await petitionById(context).load(reference.id);
  return petition && (await access.mayRead(petitionWork(petition))) ? petition : null;
}
