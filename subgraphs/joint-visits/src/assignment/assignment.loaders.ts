import { groupBy } from '@xinfang/kit';
import type { RequestContext } from '@xinfang/kit';
import { Assignment } from './assignment.entity';

/** Assignments of many petitions, or of many sessions, in one query per request. */
export function assignmentsByPetition(context: RequestContext) {
  return context.loader<string, Assignment[]>('assignmentsByPetition', async (petitionIds) => {
    const rows = await context.em.find(Assignment, { petitionId: { $in: [...petitionIds] } }, { orderBy: { createdAt: 'asc', id: 'asc' } });
    return groupBy(petitionIds, rows, (row) => row.petitionId);
  });
}

export function assignmentsBySession(context: RequestContext) {
  return context.loader<string, Assignment[]>('assignmentsBySession', async (sessionIds) => {
    const rows = await context.em.find(Assignment, { sessionId: { $in: [...sessionIds] } }, { orderBy: { createdAt: 'asc', id: 'asc' } });
    return groupBy(sessionIds, rows, (row) => row.sessionId as string);
  });
}
