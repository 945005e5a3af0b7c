import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { BadUserInputError, readAccess } from '@xinfang/kit';
import type { RequestContext } from '@xinfang/kit';
import { petitionWork, petitionsNotVisible } from '../petition/petition-access';
import { petitionStatistics } from './petition-statistics.service';
import { PetitionStatistics } from './petition-statistics.type';

/** The longest period one call may cover; a longer report is several calls. */
const MAX_PERIOD_DAYS = 3 * 366;

@Resolver()
export class PetitionStatisticsResolver {
  @Query(() => PetitionStatistics, { description: 'Petition statistics of an agency and every agency below it, per month: received by channel and category, replies and results on time, resolved, overdue now.' })
  async petitionStatistics(
    @Arg('agencyId', () => ID) agencyId: string,
    @Arg('from', { description: 'Start of the period (inclusive).' }) from: Date,
    @Arg('to', { description: 'End of the period (exclusive).' }) to: Date,
    @Ctx() context: RequestContext,
  ): Promise<PetitionStatistics> {
    if (!(from < to)) throw new BadUserInputError('from must be before to', { field: 'from' });
    if (to.getTime() - from.getTime() > MAX_PERIOD_DAYS * 24 * 3600_000) throw new BadUserInputError(`A period is at most ${MAX_PERIOD_DAYS} days`, { field: 'to' });
    await readAccess(context).assertMayRead(petitionWork({ receivingAgencyId: agencyId }), petitionsNotVisible(agencyId));
    return petitionStatistics(context.em, agencyId, from, to);
  }
}
