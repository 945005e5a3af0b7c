import type { RequestContext } from '@xinfang/kit';
import { Agency } from './agency.entity';

/** Loads agencies by id, one query per request however many are asked for. */
export function agencyLoader(context: RequestContext) {
  return context.loader<string, Agency | null>('agencyById', async (ids) => {
    const agencies = await context.em.find(Agency, { id: { $in: [...ids] } });
    const byId = new Map(agencies.map((agency) => [agency.id, agency]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

export async function resolveAgencyReference(reference: Pick<Agency, 'id'>, context: RequestContext): Promise<Agency | null> {
  return agencyLoader(context).load(reference.id);
}
