import { IllegalTransitionError } from '@xinfang/kit';
import type { RequestContext } from '@xinfang/kit';
import { PetitionStatus } from '../petition/petition-kind';
import type { Satisfaction } from '../petition/petition-kind';
import type { PetitionProgress } from '../petition/petition-progress';
import { petitionOpenedBy, progressOf } from '../petition/public-lookup';

const ANSWERED = [PetitionStatus.RESULT_RECORDED, PetitionStatus.CLOSED, PetitionStatus.REVIEWED, PetitionStatus.FINAL];

/** The petitioner rates the answer once, from the public lookup; a return visit may rate it later still. */
export async function ratePetitionAsPetitioner(
  context: RequestContext, trackingNumber: string, accessCode: string, rating: Satisfaction, comment: string | null,
): Promise<PetitionProgress> {
  const petition = await petitionOpenedBy(context, trackingNumber, accessCode);
  if (!ANSWERED.includes(petition.status)) throw new IllegalTransitionError('petition', petition.status, 'rate a petition before its answer');
  if (petition.ratedAt) throw new IllegalTransitionError('petition', 'already rated', 'rate it again');
  Object.assign(petition, { satisfaction: rating, satisfactionComment: comment?.trim().slice(0, 2000) || null, ratedAt: new Date() });
  await context.em.flush();
  return progressOf(context, petition);
}
