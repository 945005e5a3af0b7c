import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { BadUserInputError, readAccess } from '@xinfang/kit';
import type { RequestContext } from '@xinfang/kit';
import { CASE_OF_ANOTHER_AGENCY } from '../assistance-case/assistance-case-access';
import { assistanceStatistics } from './assistance-statistics.service';
import { AssistanceStatistics } from './assistance-statistics.type';

/** The longest period one call may cover; a longer report is several calls. */
const MAX_PERIOD_DAYS = 3 * 366;

@Resolver()
export class AssistanceStatisticsResolver {
  @Query(() => AssistanceStatistics, {
    description: 'Judicial-assistance statistics of a procuratorate and every one below it: people assisted and amount paid in the period, per month, per priority group and per paying procuratorate.',
  })
  async assistanceStatistics(
    @Arg('agencyId', () => ID) agencyId: string,
    @Arg('from', { description: 'Start of the period (inclusive).' }) from: Date,
    @Arg('to', { description: 'End of the period (exclusive).' }) to: Date,
    @Ctx() context: RequestContext,
  ): Promise<AssistanceStatistics> {
    if (!(from < to)) throw new BadUserInputError('from must be before to', { field: 'from' });
    if (to.getTime() - from.getTime() > MAX_PERIOD_DAYS * 24 * 3600_000) throw new BadUserInputError(`A period is at most ${MAX_PERIOD_DAYS} days`, { field: 'to' });
    await readAccess(context).assertMayRead({ owner: agencyId, beyondCommission: true }, CASE_OF_ANOTHER_AGENCY);
    return assistanceStatistics(context.em, agencyId, from, to);
  }
}
