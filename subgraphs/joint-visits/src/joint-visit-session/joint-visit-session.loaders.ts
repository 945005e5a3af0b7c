import { loaderById } from '@xinfang/kit';
import type { RequestContext } from '@xinfang/kit';
import { JointVisitSession } from './joint-visit-session.entity';

/** Sessions by id in one query per request; unknown ids resolve to null. */
export const sessionById = (context: RequestContext) => loaderById(context, JointVisitSession);
