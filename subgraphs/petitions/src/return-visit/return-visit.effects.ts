import type { EntityManager } from '@mikro-orm/postgresql';
import { BadUserInputError, loadWorkingCalendar, startDeadline } from '@xinfang/kit';
import type { StepChange } from '@xinfang/kit';
import type { Petition } from '../petition/petition.entity';
import { Satisfaction } from '../petition/petition-kind';
import { PETITION_SUBJECT, clocksOfPetition, meetPetitionClocks } from '../petition/petition-deadlines';
import { IS_LOOKING_BACK } from '../looking-back/looking-back.sql';
import { returnVisitDays } from './return-visit-settings';

const returnVisitWindow = returnVisitDays();

/** Closing starts the return visit's clock (回访, within the deployment's days), owed by the handler. */
export async function startReturnVisitClock(em: EntityManager, petition: Petition, change: StepChange): Promise<void> {
  const existing = (await clocksOfPetition(em, petition.id)).some((clock) => clock.rule === 'RETURN_VISIT');
  if (existing) return; // closed before (then reopened): the first return visit is still owed
  const subject = { type: PETITION_SUBJECT, id: petition.id, agencyId: petition.handlingAgencyId, responsibleId: petition.handlerStaffId };
  startDeadline(em, 'RETURN_VISIT', subject, change.at, await loadWorkingCalendar(em), { amount: returnVisitWindow });
}

/** The return visit's rating; a dissatisfied petitioner lists the petition for a leader's review. */
export async function recordReturnVisit(em: EntityManager, petition: Petition, change: StepChange): Promise<void> {
  const rating = String(change.fields.rating) as Satisfaction;
  if (!Object.values(Satisfaction).includes(rating)) throw new BadUserInputError('rating must be SATISFIED, BASICALLY_SATISFIED or DISSATISFIED', { field: 'rating' });
  Object.assign(petition, { satisfaction: rating, satisfactionComment: change.note, ratedAt: change.at, returnVisitedAt: change.at });
  await meetPetitionClocks(em, petition.id, ['RETURN_VISIT'], change.at);
}

/** Only a petition closed and petitioned again is a looking-back case to mark resolved, and only once. */
export async function markSubstantivelyResolved(em: EntityManager, petition: Petition, change: StepChange): Promise<void> {
  const [row] = await em.execute<{ looking_back: boolean }[]>(IS_LOOKING_BACK, [petition.id]);
  if (!row?.looking_back) throw new BadUserInputError('Only a petition closed and then petitioned again is looked back on', { field: 'id' });
  if (petition.lookingBackResolvedAt) throw new BadUserInputError('It is already marked substantively resolved', { field: 'id' });
  Object.assign(petition, { lookingBackResolvedAt: change.at, lookingBackResolution: change.note, substantivelyResolved: true });
}
