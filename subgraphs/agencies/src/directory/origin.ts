import { requireCaller } from '@xinfang/kit';
import type { RequestContext } from '@xinfang/kit';
import type { DirectoryOrigin } from './announce';

/** A directory change made through the API acts for the administrator's agency, in the request's trace. */
export function originOf(context: RequestContext): DirectoryOrigin {
  return { agencyId: requireCaller(context).agencyId, traceparent: context.traceparent };
}
