import { loaderById, loaderByField } from '@xinfang/kit';
import type { RequestContext } from '@xinfang/kit';
import { Staff } from './staff.entity';

/** People by id, one query per request however many are asked for; unknown ids resolve to null. */
export const staffById = (context: RequestContext) => loaderById(context, Staff);

/** The staff of many agencies in one query: leaders first, then by name. */
export const staffByAgency = (context: RequestContext, includeInactive: boolean) =>
  loaderByField(context, Staff, 'agencyId', { orderBy: { isLeader: 'desc', name: 'asc', id: 'asc' }, where: includeInactive ? {} : { active: true } });
