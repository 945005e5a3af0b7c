import { loaderById, loaderByField } from '@xinfang/kit';
import type { RequestContext } from '@xinfang/kit';
import { Agency } from './agency.entity';

/** Agencies by id, one query per request; unknown ids resolve to null. */
export const agencyById = (context: RequestContext) => loaderById(context, Agency);

/** The agencies directly below many agencies, by name. */
export const agenciesByParent = (context: RequestContext) => loaderByField(context, Agency, 'parentId', { orderBy: { name: 'asc' } });
