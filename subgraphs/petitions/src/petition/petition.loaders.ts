import { loaderById } from '@xinfang/kit';
import type { RequestContext } from '@xinfang/kit';
import { Petition } from './petition.entity';

/** Petitions by id in one query per request; unknown ids resolve to null (reading is checked by the caller). */
export const petitionById = (context: RequestContext) => loaderById(context, Petition);
