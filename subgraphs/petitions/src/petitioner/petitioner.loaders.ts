import { loaderById, loaderByField } from '@xinfang/kit';
import type { RequestContext } from '@xinfang/kit';
import { Petitioner } from './petitioner.entity';

export const petitionerById = (context: RequestContext) => loaderById(context, Petitioner);

/** Each petition's petitioners in order, for any number of petitions in one query. */
export const petitionersOf = (context: RequestContext) => loaderByField(context, Petitioner, 'petitionId', { orderBy: { petitionId: 'asc', position: 'asc' } });
