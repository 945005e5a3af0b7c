import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { AgencyReference, ConnectionType, DeadlineClock, PageArgs, Role, WorkflowHistoryEntry, agencyReference, deadlinesOf, historyOf, paginate, requireCaller } from '@xinfang/kit';
import type { Connection, RequestContext } from '@xinfang/kit';
import { IssueReferralInput } from './issue-referral.input';
import { Referral } from './referral.entity';
import { ReferralStatus } from './referral-status';
import { REFERRAL_WORKFLOW } from './referral-workflow';
import { issueReferral } from './referral.service';
import { REFERRAL_SUBJECT } from './referral-deadlines';

const ReferralConnection = ConnectionType(Referral, 'Referral');

/** Referrals: the partner's inbox, issuing one, and who and what a referral involves. Steps: `referral-steps.resolver.ts`. */
@Resolver(() => Referral)
export class ReferralResolver {
  @Query(() => ReferralConnection, { description: 'Referrals addressed to your agency, newest first.' })
  async referralsInbox(
    @Arg('status', () => ReferralStatus, { nullable: true }) status: ReferralStatus | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() context: RequestContext,
  ): Promise<Connection<Referral>> {
    const caller = requireCaller(context);
    return paginate(context.em, Referral, { partnerAgencyId: caller.agencyId, ...(status ? { status } : {}) }, 'issuedAt', page);
  }

  @Authorized(Role.HANDLER, Role.DEPARTMENT_HEAD, Role.LEADER)
  @Mutation(() => Referral, { description: 'Refers an assistance case to a partner agency; the partner is told through Kafka.' })
  async issueReferral(@Arg('input') input: IssueReferralInput, @Ctx() context: RequestContext): Promise<Referral> {
    return issueReferral(context.em, input, requireCaller(context), context.traceparent);
  }

  @FieldResolver(() => AgencyReference, { description: 'The partner agency asked to help.' })
  partner(@Root() referral: Referral): AgencyReference {
    return agencyReference(referral.partnerAgencyId);
  }

  @FieldResolver(() => AgencyReference, { description: 'The procuratorate that issued the referral.' })
  issuingAgency(@Root() referral: Referral): AgencyReference {
    return agencyReference(referral.issuingAgencyId);
  }

  @FieldResolver(() => [DeadlineClock], { description: 'Its deadlines: the partner\'s hand-over within 5 working days (REFERRAL_HANDOVER), met by its first answer, with where it stands.' })
  deadlines(@Root() referral: Referral, @Ctx() context: RequestContext): Promise<DeadlineClock[]> {
    return deadlinesOf(context, REFERRAL_SUBJECT).load(referral.id);
  }

  @FieldResolver(() => [WorkflowHistoryEntry], { description: 'Every step taken on the referral, oldest first: who, for which agency, when, from which status to which, and what they said.' })
  history(@Root() referral: Referral, @Ctx() context: RequestContext): Promise<WorkflowHistoryEntry[]> {
    return historyOf(context, REFERRAL_WORKFLOW.aggregateType).load(referral.id);
  }
}
