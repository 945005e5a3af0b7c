import { readAccess } from '@xinfang/kit';
import type { RequestContext, Work } from '@xinfang/kit';
import type { JointVisitSession } from './joint-visit-session.entity';

/**
 * A session, for the kit's read rule: the organising commission's work (so also its
 * superiors'), addressed to every participating agency. Others do not learn it exists.
 */
export function sessionWork(session: Pick<JointVisitSession, 'organizerAgencyId' | 'participatingAgencyIds'>): Work {
  return { owner: session.organizerAgencyId, addressedTo: session.participatingAgencyIds };
}

/** The sessions the caller may see, in order. */
export function visibleSessions(context: RequestContext, sessions: JointVisitSession[]): Promise<JointVisitSession[]> {
  return readAccess(context).readable(sessions, sessionWork);
}
