import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '@xinfang/kit';
import { readablePetitionStatistics } from './petition-statistics.service';
import { PetitionStatistics } from './petition-statistics.type';

@Resolver()
export class PetitionStatisticsResolver {
  @Query(() => PetitionStatistics, { description: 'Petition statistics of an agency and every agency below it, per month: received by channel and category, replies and results on time, resolved, overdue now.' })
  async petitionStatistics(
    @Arg('agencyId', () => ID) agencyId: string,
    @Arg('from', { description: 'Start of the period (inclusive).' }) from: Date,
    @Arg('to', { description: 'End of the period (exclusive).' }) to: Date,
    @Ctx() context: RequestContext,
  ): Promise<PetitionStatistics> {
    return readablePetitionStatistics(context, agencyId, from, to);
  }
}
