import { NotFoundError, deadlinesOf } from '@xinfang/kit';
import type { RequestContext } from '@xinfang/kit';
import { NO_PETITION_HASH, accessCodeMatches } from './access-code';
import { lookupSettings } from './lookup-settings';
import { Petition } from './petition.entity';
import { PETITION_SUBJECT, dueAtOf } from './petition-deadlines';
import type { PetitionProgress } from './petition-progress';

/**
 * The petition a tracking number and access code open, for the petitioner. A wrong code, an
 * unknown number and a locked number answer alike, in body and in time (the same scrypt runs
 * for each): nothing confirms that a petition exists. Each wrong code counts against the
 * number; after LOOKUP_MAX_FAILURES it is locked until reception gives a new code.
 */
export async function petitionOpenedBy(context: RequestContext, trackingNumber: string, accessCode: string): Promise<Petition> {
  const petition = await context.em.findOne(Petition, { trackingNumber: trackingNumber.trim().toUpperCase() });
  const matches = await accessCodeMatches(accessCode.trim(), petition?.accessCodeHash ?? NO_PETITION_HASH);
  if (petition && matches && petition.lookupLockedAt === null) {
    if (petition.lookupFailures > 0) await context.em.nativeUpdate(Petition, { id: petition.id }, { lookupFailures: 0 });
    return petition;
  }
  if (petition && !matches) await countFailure(context, petition.id);
  throw new NotFoundError('Petition', trackingNumber);
}

/** One more wrong code; the number locks at the limit. One statement, so concurrent guesses all count. */
async function countFailure(context: RequestContext, petitionId: string): Promise<void> {
  await context.em.execute(
    `update petition set lookup_failures = lookup_failures + 1,
       lookup_locked_at = case when lookup_failures + 1 >= ? then coalesce(lookup_locked_at, now()) else lookup_locked_at end
     where id = ?`,
    [lookupSettings().maxFailures, petitionId],
  );
}

/** What the petitioner sees: where it stands, its dates, the answer; nothing personal, nothing internal. */
export async function progressOf(context: RequestContext, petition: Petition): Promise<PetitionProgress> {
  const clocks = await deadlinesOf(context, PETITION_SUBJECT).load(petition.id);
  return {
    trackingNumber: petition.trackingNumber,
    status: petition.status,
    receivedAt: petition.receivedAt,
    receivingAgencyId: petition.receivingAgencyId,
    proceduralReplyDueAt: dueAtOf(clocks, 'reply'),
    resultDueAt: dueAtOf(clocks, 'result'),
    proceduralReplySentAt: petition.proceduralReplySentAt,
    result: petition.result,
    resultRecordedAt: petition.resultRecordedAt,
    satisfaction: petition.satisfaction,
  };
}
