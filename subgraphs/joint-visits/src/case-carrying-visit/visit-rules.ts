import { BadUserInputError, isLocalDate } from '@xinfang/kit';
import type { RecordCaseCarryingVisitInput } from './record-case-carrying-visit.input';
import { VisitReason } from './visit-reason';

/**
 * How far ahead of the server's clock a visit time may be: a phone's clock running a
 * little fast is not a visit in the future.
 */
export const CLOCK_SKEW_MS = 60_000;

/**
 * What the input alone says is wrong with a visit, before anything is looked up: the privacy
 * pledge not affirmed, OTHER without words, a visit in the future, a follow-up due before the
 * visit or on no real day. Throws BAD_USER_INPUT naming the field.
 */
export function assertVisitInput(input: RecordCaseCarryingVisitInput, visitDate: string, now: Date): void {
  if (input.privacyProtected !== true) {
    throw new BadUserInputError('A visit is recorded only once its privacy and reputation protection is affirmed (privacyProtected: true)', { field: 'privacyProtected' });
  }
  if (input.reason === VisitReason.OTHER && !input.reasonText?.trim()) {
    throw new BadUserInputError('Say the reason in reasonText when it is OTHER', { field: 'reasonText' });
  }
  if (input.visitedAt.getTime() > now.getTime() + CLOCK_SKEW_MS) {
    throw new BadUserInputError('visitedAt is in the future: record a visit once it has taken place', { field: 'visitedAt' });
  }
  for (const [index, followUp] of (input.followUps ?? []).entries()) {
    if (!isLocalDate(followUp.dueDate)) throw new BadUserInputError(`${followUp.dueDate} is not a day of the calendar`, { field: `followUps[${index}].dueDate` });
    if (followUp.dueDate < visitDate) throw new BadUserInputError('A follow-up cannot be due before the visit', { field: `followUps[${index}].dueDate` });
  }
}
