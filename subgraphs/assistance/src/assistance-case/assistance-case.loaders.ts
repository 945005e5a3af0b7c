import { loaderByField } from '@xinfang/kit';
import type { RequestContext } from '@xinfang/kit';
import { AssistanceCase } from './assistance-case.entity';

/** Assistance cases of many petitions in one query per request, oldest first. */
export const assistanceCasesByPetition = (context: RequestContext) =>
  loaderByField(context, AssistanceCase, 'petitionId', { orderBy: { createdAt: 'asc' } });
