import type { RequestContext, Work } from '@xinfang/kit';
import { readAccess } from '@xinfang/kit';
import { Petition } from './petition.entity';

/** Loads petitions by id in one query per request; invisible ones resolve to null. */
export function petitionLoader(context: RequestContext) {
  return context.loader<string, Petition | null>('petitionById', async (ids) => {
    const petitions = await context.em.find(Petition, { id: { $in: [...ids] } });
    const byId = new Map(petitions.map((petition) => [petition.id, petition]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

/** A petition is the work of the agency that received it; it is addressed to no one else. */
export function petitionWork(petition: Pick<Petition, 'receivingAgencyId'>): Work {
  return { owner: petition.receivingAgencyId };
}

export async function resolvePetitionReference(reference: Pick<Petition, 'id'>, context: RequestContext): Promise<Petition | null> {
  const access = readAccess(context);
  const petition = await petitionLoader(context).load(reference.id);
  return petition && (await access.mayRead(petitionWork(petition))) ? petition : null;
}
