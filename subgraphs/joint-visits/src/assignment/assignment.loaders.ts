import { loaderByField } from '@xinfang/kit';
import type { RequestContext } from '@xinfang/kit';
import { Assignment } from './assignment.entity';

const OLDEST_FIRST = { createdAt: 'asc', id: 'asc' } as const;

/** Assignments of many petitions in one query per request, oldest first. */
export const assignmentsByPetition = (context: RequestContext) => loaderByField(context, Assignment, 'petitionId', { orderBy: OLDEST_FIRST });

/** Assignments made at many sessions in one query per request, oldest first. */
export const assignmentsBySession = (context: RequestContext) => loaderByField(context, Assignment, 'sessionId', { orderBy: OLDEST_FIRST });

/** The assignments of many decisions (lead and co-handlers) in one query per request. */
export const assignmentsByDecision = (context: RequestContext) => loaderByField(context, Assignment, 'decisionId', { orderBy: OLDEST_FIRST });
