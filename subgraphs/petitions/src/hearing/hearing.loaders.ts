import { loaderByField } from '@xinfang/kit';
import type { RequestContext } from '@xinfang/kit';
import { Hearing } from './hearing.entity';

/** The hearings of many petitions in one query, in the order they were held. */
export const hearingsByPetition = (context: RequestContext) => loaderByField(context, Hearing, 'petitionId', { orderBy: { scheduledFor: 'asc', id: 'asc' } });
