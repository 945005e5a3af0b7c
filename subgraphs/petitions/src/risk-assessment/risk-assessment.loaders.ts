import { loaderByField } from '@xinfang/kit';
import type { RequestContext } from '@xinfang/kit';
import { RiskAssessment } from './risk-assessment.entity';

/** The risk assessments of many petitions in one query, newest first. */
export const riskAssessmentsByPetition = (context: RequestContext) =>
  loaderByField(context, RiskAssessment, 'petitionId', { orderBy: { assessedAt: 'desc', id: 'desc' } });
