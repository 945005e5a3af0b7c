import type { RequestContext } from '@xinfang/kit';
import { ReceivedPetition } from './received-petition.entity';

/** The receiving agency of many petitions in one query; null while the event has not arrived. */
export function receivingAgencyByPetition(context: RequestContext) {
  return context.loader<string, string | null>('receivingAgencyByPetition', async (petitionIds) => {
    const rows = await context.em.find(ReceivedPetition, { petitionId: { $in: [...petitionIds] } });
    const byId = new Map(rows.map((row) => [row.petitionId, row.receivingAgencyId]));
    return petitionIds.map((id) => byId.get(id) ?? null);
  });
}
