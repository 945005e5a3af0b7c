import type { RequestContext } from '@xinfang/kit';
import { readAccess } from '@xinfang/kit';
import { petitionWork } from './petition-access';
import { Petition } from './petition.entity';

/** Loads petitions by id in one query per request; invisible ones resolve to null. */
export function petitionLoader(context: RequestContext) {
  return context.loader<string, Petition | null>('petitionById', async (ids) => {
    const petitions = await context.em.find(Petition, { id: { $in: [...ids] } });
    const byId = new Map(petitions.map((petition) => [petition.id, petition]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

export async function resolvePetitionReference(reference: Pick<Petition, 'id'>, context: RequestContext): Promise<Petition | null> {
  const access = readAccess(context);
  const petition = await petitionLoader(context).load(reference.id);
  return petition && (await access.mayRead(petitionWork(petition))) ? petition : null;
}
