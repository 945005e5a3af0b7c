import { loaderByField } from '@xinfang/kit';
import type { RequestContext } from '@xinfang/kit';
import { Referral } from './referral.entity';

/** Referrals of many cases in one query per request, oldest first. */
export const referralsByCase = (context: RequestContext) => loaderByField(context, Referral, 'assistanceCaseId', { orderBy: { issuedAt: 'asc' } });

/** Referrals of many petitions in one query per request, oldest first. */
export const referralsByPetition = (context: RequestContext) => loaderByField(context, Referral, 'petitionId', { orderBy: { issuedAt: 'asc' } });
