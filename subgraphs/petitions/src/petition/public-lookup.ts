import { NotFoundError, deadlinesOf } from '@xinfang/kit';
import type { RequestContext } from '@xinfang/kit';
import { accessCodeMatches } from './access-code';
import { Petition } from './petition.entity';
import { PETITION_SUBJECT, dueAtOf } from './petition-deadlines';
import type { PetitionProgress } from './petition-progress';

/**
 * The petition a tracking number and access code open, for the petitioner. A wrong code looks
 * exactly like an unknown number: nothing confirms that a petition exists.
 */
export async function petitionOpenedBy(context: RequestContext, trackingNumber: string, accessCode: string): Promise<Petition> {
  const petition = await context.em.findOne(Petition, { trackingNumber: trackingNumber.trim().toUpperCase() });
  if (!petition || !(await accessCodeMatches(accessCode.trim(), petition.accessCodeHash))) {
    throw new NotFoundError('Petition', trackingNumber);
  }
  return petition;
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
