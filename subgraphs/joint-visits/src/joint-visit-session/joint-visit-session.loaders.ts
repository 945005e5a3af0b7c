import type { RequestContext } from '@xinfang/kit';
import { JointVisitSession } from './joint-visit-session.entity';

/** Sessions by id in one query per request; unknown ids resolve to null. */
export function sessionById(context: RequestContext) {
  return context.loader<string, JointVisitSession | null>('sessionById', async (ids) => {
    const sessions = await context.em.find(JointVisitSession, { id: { $in: [...ids] } });
    const byId = new Map(sessions.map((session) => [session.id, session]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}
