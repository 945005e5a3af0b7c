import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { AgencyReference, ConnectionType, PageArgs, Role, agencyReference, paginate, requireCaller } from '@xinfang/kit';
import type { Connection, RequestContext } from '@xinfang/kit';
import { IssueReferralInput } from './issue-referral.input';
import { Referral } from './referral.entity';
import { ReferralAction, ReferralStatus } from './referral-status';
import { applyReferralAction, issueReferral } from './referral.service';

const ReferralConnection = ConnectionType(Referral, 'Referral');
const PARTNER_ROLES = [Role.PARTNER, Role.HANDLER, Role.DEPARTMENT_HEAD, Role.LEADER];

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

  @Authorized(...PARTNER_ROLES)
  @Mutation(() => Referral, { description: 'The partner agency confirms it received the referral.' })
  async acknowledgeReferral(@Arg('id', () => ID) id: string, @Ctx() context: RequestContext): Promise<Referral> {
    return this.step(context, id, ReferralAction.ACKNOWLEDGE, null);
  }

  @Authorized(...PARTNER_ROLES)
  @Mutation(() => Referral, { description: 'The partner agency takes the referral on.' })
  async acceptReferral(@Arg('id', () => ID) id: string, @Ctx() context: RequestContext): Promise<Referral> {
    return this.step(context, id, ReferralAction.ACCEPT, null);
  }

  @Authorized(...PARTNER_ROLES)
  @Mutation(() => Referral, { description: 'The partner agency declines, saying why; the issuer may redirect it.' })
  async declineReferral(@Arg('id', () => ID) id: string, @Arg('reason') reason: string, @Ctx() context: RequestContext): Promise<Referral> {
    return this.step(context, id, ReferralAction.DECLINE, reason);
  }

  @Authorized(...PARTNER_ROLES)
  @Mutation(() => Referral, { description: 'The partner agency reports the help given.' })
  async completeReferral(@Arg('id', () => ID) id: string, @Arg('outcome') outcome: string, @Ctx() context: RequestContext): Promise<Referral> {
    return this.step(context, id, ReferralAction.COMPLETE, outcome);
  }

  @Authorized(Role.HANDLER, Role.DEPARTMENT_HEAD, Role.LEADER)
  @Mutation(() => Referral, { description: 'The issuing agency withdraws a referral not yet accepted.' })
  async revokeReferral(
    @Arg('id', () => ID) id: string,
    @Arg('reason', () => String, { nullable: true }) reason: string | undefined,
    @Ctx() context: RequestContext,
  ): Promise<Referral> {
    return this.step(context, id, ReferralAction.REVOKE, reason ?? null);
  }

  @FieldResolver(() => AgencyReference, { description: 'The partner agency asked to help.' })
  partner(@Root() referral: Referral): AgencyReference {
    return agencyReference(referral.partnerAgencyId);
  }

  @FieldResolver(() => AgencyReference, { description: 'The procuratorate that issued the referral.' })
  issuingAgency(@Root() referral: Referral): AgencyReference {
    return agencyReference(referral.issuingAgencyId);
  }

  private step(context: RequestContext, id: string, action: ReferralAction, note: string | null): Promise<Referral> {
    const caller = requireCaller(context);
    return applyReferralAction(context.em, id, action, note, { agencyId: caller.agencyId, userId: caller.userId }, context.traceparent);
  }
}
