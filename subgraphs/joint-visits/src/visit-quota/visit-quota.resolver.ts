import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { Role, readAccess, requireCaller } from '@xinfang/kit';
import type { RequestContext } from '@xinfang/kit';
import { setVisitQuota, visitQuotaReport } from './visit-quota.service';
import { VisitQuotaReport, VisitQuotaSettingView } from './visit-quota.types';

/** Each leader's case-carrying visits against the yearly quota (每年不少于12次). */
@Resolver()
export class VisitQuotaResolver {
  @Query(() => VisitQuotaReport, { description: 'Leaders\' case-carrying visits in a year against the quota, for an agency (yours by default) and every agency below it; who is behind for the time of year.' })
  async caseCarryingVisitQuota(
    @Arg('year', () => Int, { description: 'The calendar year (China time).' }) year: number,
    @Arg('agencyId', () => ID, { nullable: true, description: 'The agency; yours by default. Its subordinates are included.' }) agencyId: string | undefined,
    @Ctx() context: RequestContext,
  ): Promise<VisitQuotaReport> {
    const agency = agencyId ?? requireCaller(context).agencyId;
    await readAccess(context).assertMayRead({ owner: agency }, 'You may not read this agency\'s figures');
    return visitQuotaReport(context.em, agency, year);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => VisitQuotaSettingView, { description: 'Sets how many case-carrying visits an agency asks of each leader a year: for one year, or without a year for every year that has no setting of its own.' })
  setCaseCarryingVisitQuota(
    @Arg('agencyId', () => ID, { description: 'The agency.' }) agencyId: string,
    @Arg('year', () => Int, { nullable: true, description: 'The year; omit for every year.' }) year: number | undefined,
    @Arg('visitsPerYear', () => Int, { description: 'Visits each leader owes a year, 1 to 366.' }) visitsPerYear: number,
    @Ctx() context: RequestContext,
  ): Promise<VisitQuotaSettingView> {
    return setVisitQuota(context.em, agencyId, year ?? null, visitsPerYear, requireCaller(context));
  }
}
