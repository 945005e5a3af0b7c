import { loaderByField } from '@xinfang/kit';
import type { RequestContext } from '@xinfang/kit';
import { AssistanceCase } from './assistance-case.entity';
import { AssistancePayment } from './assistance-payment.entity';

/** Assistance cases of many petitions in one query per request, oldest first. */
export const assistanceCasesByPetition = (context: RequestContext) =>
  loaderByField(context, AssistanceCase, 'petitionId', { orderBy: { createdAt: 'asc' } });

/** Payments of many cases in one query per request, in the order they were paid. */
export const paymentsByCase = (context: RequestContext) =>
  loaderByField(context, AssistancePayment, 'assistanceCaseId', { orderBy: { paidAt: 'asc', recordedAt: 'asc' } });
