import { groupBy } from '@xinfang/kit';
import type { RequestContext } from '@xinfang/kit';
import { Referral } from './referral.entity';

/** Referrals of many cases, or of many petitions, in one query per request. */
export function referralsByCase(context: RequestContext) {
  return context.loader<string, Referral[]>('referralsByCase', async (caseIds) => {
    const rows = await context.em.find(Referral, { assistanceCaseId: { $in: [...caseIds] } }, { orderBy: { issuedAt: 'asc' } });
    return groupBy(caseIds, rows, (row) => row.assistanceCaseId);
  });
}

export function referralsByPetition(context: RequestContext) {
  return context.loader<string, Referral[]>('referralsByPetition', async (petitionIds) => {
    const rows = await context.em.find(Referral, { petitionId: { $in: [...petitionIds] } }, { orderBy: { issuedAt: 'asc' } });
    return groupBy(petitionIds, rows, (row) => row.petitionId);
  });
}
