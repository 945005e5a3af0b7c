import { Arg, Args, Ctx, Mutation, Resolver } from 'type-graphql';
import { StepArgs, takeApiStep } from '@xinfang/kit';
import type { RequestContext } from '@xinfang/kit';
import { Referral } from './referral.entity';
import { ReferralAction } from './referral-status';
import { REFERRAL_WORKFLOW } from './referral-workflow';

/**
 * The steps of a referral through the API. Who may take each (which side, which roles) is in
 * REFERRAL_STEPS, checked by the kit against the referral itself, not here.
 */
@Resolver(() => Referral)
export class ReferralStepsResolver {
  @Mutation(() => Referral, { description: 'The partner agency confirms it received the referral.' })
  acknowledgeReferral(@Args(() => StepArgs) args: StepArgs, @Ctx() context: RequestContext): Promise<Referral> {
    return takeApiStep(context, REFERRAL_WORKFLOW, args, ReferralAction.ACKNOWLEDGE);
  }

  @Mutation(() => Referral, { description: 'The partner agency takes the referral on.' })
  acceptReferral(@Args(() => StepArgs) args: StepArgs, @Ctx() context: RequestContext): Promise<Referral> {
    return takeApiStep(context, REFERRAL_WORKFLOW, args, ReferralAction.ACCEPT);
  }

  @Mutation(() => Referral, { description: 'The partner agency declines, saying why; the issuer may redirect it.' })
  declineReferral(@Args(() => StepArgs) args: StepArgs, @Arg('reason', { description: 'Why the partner cannot help.' }) reason: string, @Ctx() context: RequestContext): Promise<Referral> {
    return takeApiStep(context, REFERRAL_WORKFLOW, args, ReferralAction.DECLINE, reason);
  }

  @Mutation(() => Referral, { description: 'The partner agency starts giving the help it accepted to give.' })
  startReferral(
    @Args(() => StepArgs) args: StepArgs,
    @Arg('note', () => String, { nullable: true, description: 'What the help begins with, if worth saying.' }) note: string | undefined,
    @Ctx() context: RequestContext,
  ): Promise<Referral> {
    return takeApiStep(context, REFERRAL_WORKFLOW, args, ReferralAction.START, note);
  }

  @Mutation(() => Referral, { description: 'The partner agency reports the help given.' })
  completeReferral(@Args(() => StepArgs) args: StepArgs, @Arg('outcome', { description: 'What help was given and what came of it.' }) outcome: string, @Ctx() context: RequestContext): Promise<Referral> {
    return takeApiStep(context, REFERRAL_WORKFLOW, args, ReferralAction.COMPLETE, outcome);
  }

  @Mutation(() => Referral, { description: 'The issuing agency withdraws a referral not yet accepted.' })
  revokeReferral(
    @Args(() => StepArgs) args: StepArgs,
    @Arg('reason', () => String, { nullable: true, description: 'Why it is withdrawn.' }) reason: string | undefined,
    @Ctx() context: RequestContext,
  ): Promise<Referral> {
    return takeApiStep(context, REFERRAL_WORKFLOW, args, ReferralAction.REVOKE, reason);
  }

  @Mutation(() => Referral, { description: 'The issuing agency escalates a referral the partner has not acknowledged in time to the partner agency\'s superior (上级督办).' })
  escalateReferral(
    @Args(() => StepArgs) args: StepArgs,
    @Arg('note', () => String, { nullable: true, description: 'What the superior should know, if worth saying.' }) note: string | undefined,
    @Ctx() context: RequestContext,
  ): Promise<Referral> {
    return takeApiStep(context, REFERRAL_WORKFLOW, args, ReferralAction.ESCALATE, note);
  }

  @Mutation(() => Referral, { description: 'The issuing agency issues an overdue referral again: the partner is told again and has 5 working days from now.' })
  reissueReferral(
    @Args(() => StepArgs) args: StepArgs,
    @Arg('note', () => String, { nullable: true, description: 'Why, if worth saying.' }) note: string | undefined,
    @Ctx() context: RequestContext,
  ): Promise<Referral> {
    return takeApiStep(context, REFERRAL_WORKFLOW, args, ReferralAction.REISSUE, note);
  }
}
