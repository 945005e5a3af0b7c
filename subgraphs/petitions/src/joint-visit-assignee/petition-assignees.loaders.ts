import type { RequestContext } from '@xinfang/kit';
import { PetitionAssignee } from './petition-assignee.entity';

/** The agencies each petition is assigned to, in one query per request. */
export function assigneesOfPetition(context: RequestContext) {
  return context.loader<string, PetitionAssignee[]>('assigneesOfPetition', async (petitionIds) => {
    const rows = await context.em.find(PetitionAssignee, { petitionId: { $in: [...petitionIds] } });
    return petitionIds.map((id) => rows.filter((row) => row.petitionId === id));
  });
}
