import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '@xinfang/kit';
import { AssistanceStatistics } from './assistance-statistics.type';
import { referralStatistics } from './referral-statistics.service';
import { ReferralStatistics } from './referral-statistics.type';

/** Computed only when asked for: the root query has already checked the caller may read the agency's figures. */
@Resolver(() => AssistanceStatistics)
export class ReferralStatisticsResolver {
  @FieldResolver(() => ReferralStatistics, { description: 'Referrals to partner agencies issued in the period by the procuratorate and every one below it.' })
  referrals(@Root() statistics: AssistanceStatistics, @Ctx() context: RequestContext): Promise<ReferralStatistics> {
    return referralStatistics(context.em, statistics.agency.id, statistics.from, statistics.to);
  }
}
