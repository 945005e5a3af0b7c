import { loaderById } from '@xinfang/kit';
import type { RequestContext } from '@xinfang/kit';
import { JointVisitSession } from './joint-visit-session.entity';
import { SessionPetition } from './session-petition.entity';

/** Sessions by id in one query per request; unknown ids resolve to null. */
export const sessionById = (context: RequestContext) => loaderById(context, JointVisitSession);

/** The petitions each session received, in one query per request, in the order they were linked. */
export function petitionIdsBySession(context: RequestContext) {
  return context.loader<string, string[]>('petitionIdsBySession', async (sessionIds) => {
    const rows = await context.em.find(SessionPetition, { sessionId: { $in: [...sessionIds] } }, { orderBy: { linkedAt: 'asc', petitionId: 'asc' } });
    return sessionIds.map((id) => rows.filter((row) => row.sessionId === id).map((row) => row.petitionId));
  });
}
