import { Arg, Args, Ctx, ID, Int, Mutation, Resolver } from 'type-graphql';
import { StepArgs, requireCaller, takeApiStep } from '@xinfang/kit';
import type { RequestContext } from '@xinfang/kit';
import { AssistanceApplicationInput } from './assistance-application.input';
import { AssistanceCase } from './assistance-case.entity';
import { shareActionOf } from './assistance-case.service';
import { AssistanceCaseAction } from './assistance-case-status';
import { ASSISTANCE_CASE_WORKFLOW } from './assistance-case-workflow';
import { DecisionMaker, PaymentMethod } from './assistance-kind';

/**
 * The steps of a case through the API. Who may take each (which procuratorate, which roles)
 * and what each needs is in ASSISTANCE_CASE_STEPS, checked by the kit against the case itself;
 * amounts, payments and the decision clock move in the same flush (ASSISTANCE_CASE_WORKFLOW).
 */
@Resolver(() => AssistanceCase)
export class AssistanceCaseStepsResolver {
  @Mutation(() => AssistanceCase, { description: 'The handler proposes assistance with an opinion (审查意见), completing the application; it goes to the department head.' })
  proposeAssistance(
    @Args(() => StepArgs) args: StepArgs,
    @Arg('opinion', { description: 'The handler\'s opinion: the facts, the hardship, the amount proposed.' }) opinion: string,
    @Arg('application', () => AssistanceApplicationInput, { nullable: true, description: 'What the application still lacks or should change.' }) application: AssistanceApplicationInput | undefined,
    @Ctx() context: RequestContext,
  ): Promise<AssistanceCase> {
    return takeApiStep(context, ASSISTANCE_CASE_WORKFLOW, args, AssistanceCaseAction.PROPOSE, opinion, { ...application });
  }

  @Mutation(() => AssistanceCase, { description: 'The department head (or a county\'s chief procurator) reviews the proposal (审核); it goes to the decision.' })
  reviewAssistance(@Args(() => StepArgs) args: StepArgs, @Arg('opinion', { description: 'The review opinion.' }) opinion: string, @Ctx() context: RequestContext): Promise<AssistanceCase> {
    return takeApiStep(context, ASSISTANCE_CASE_WORKFLOW, args, AssistanceCaseAction.REVIEW, opinion);
  }

  @Mutation(() => AssistanceCase, { description: 'Sends a proposed or reviewed case back to the handler, saying what is missing.' })
  returnAssistance(@Args(() => StepArgs) args: StepArgs, @Arg('reason') reason: string, @Ctx() context: RequestContext): Promise<AssistanceCase> {
    return takeApiStep(context, ASSISTANCE_CASE_WORKFLOW, args, AssistanceCaseAction.RETURN, reason);
  }

  @Mutation(() => AssistanceCase, {
    description: 'The procurator-general or the procuratorial committee approves a reviewed case with an amount in fen, within the configured cap; meets the decision clock. '
      + 'Called by the joint procuratorate of a joint case, it approves that procuratorate\'s share.',
  })
  async approveAssistance(
    @Args(() => StepArgs) args: StepArgs,
    @Arg('approvedAmountFen', () => Int, { description: 'In fen: the whole amount, or this procuratorate\'s share of a joint case.' }) approvedAmountFen: number,
    @Arg('decidedBy', () => DecisionMaker) decidedBy: DecisionMaker,
    @Arg('note', () => String, { nullable: true, description: 'The decision\'s reasons, if worth keeping.' }) note: string | undefined,
    @Ctx() context: RequestContext,
  ): Promise<AssistanceCase> {
    const action = await shareActionOf(context.em, args.id, requireCaller(context), AssistanceCaseAction.APPROVE, AssistanceCaseAction.APPROVE_JOINT_SHARE);
    return takeApiStep(context, ASSISTANCE_CASE_WORKFLOW, args, action, note, { approvedAmountFen, decidedBy });
  }

  @Mutation(() => AssistanceCase, { description: 'The procurator-general or the procuratorial committee refuses a reviewed case, saying why; meets the decision clock.' })
  refuseAssistance(
    @Args(() => StepArgs) args: StepArgs,
    @Arg('reason', { description: 'Why no assistance is given; the applicant is told.' }) reason: string,
    @Arg('decidedBy', () => DecisionMaker) decidedBy: DecisionMaker,
    @Ctx() context: RequestContext,
  ): Promise<AssistanceCase> {
    return takeApiStep(context, ASSISTANCE_CASE_WORKFLOW, args, AssistanceCaseAction.REFUSE, reason, { decidedBy });
  }

  @Mutation(() => AssistanceCase, { description: 'Joint assistance (联合救助): asks the procuratorate directly above or below to share the case and its amount; it then sees the case, approves and pays its share.' })
  inviteJointAssistance(
    @Args(() => StepArgs) args: StepArgs,
    @Arg('jointAgencyId', () => ID, { description: 'The upper or lower procuratorate.' }) jointAgencyId: string,
    @Arg('reason', { description: 'Why the case is shared: great hardship, many people, help of several kinds.' }) reason: string,
    @Ctx() context: RequestContext,
  ): Promise<AssistanceCase> {
    return takeApiStep(context, ASSISTANCE_CASE_WORKFLOW, args, AssistanceCaseAction.INVITE_JOINT, reason, { jointAgencyId });
  }

  @Mutation(() => AssistanceCase, {
    description: 'Records a disbursement of the caller\'s procuratorate\'s approved share; never more in total than approved. The case is PAID when every share is paid in full.',
  })
  async recordPayment(
    @Args(() => StepArgs) args: StepArgs,
    @Arg('amountFen', () => Int, { description: 'In fen.' }) amountFen: number,
    @Arg('method', () => PaymentMethod) method: PaymentMethod,
    @Arg('receiptReference', { description: 'The receipt or bank reference.' }) receiptReference: string,
    @Arg('paidAt', () => Date, { nullable: true, description: 'When it was paid; now if not given.' }) paidAt: Date | undefined,
    @Ctx() context: RequestContext,
  ): Promise<AssistanceCase> {
    const action = await shareActionOf(context.em, args.id, requireCaller(context), AssistanceCaseAction.PAY, AssistanceCaseAction.PAY_JOINT_SHARE);
    return takeApiStep(context, ASSISTANCE_CASE_WORKFLOW, args, action, null, { amountFen, method, receiptReference, paidAt });
  }

  @Mutation(() => AssistanceCase, {
    description: 'Urgent help (先行救助) paid before the decision, by a department head or leader, saying why; the case is flagged paperworkPending until it is approved for at least that amount.',
  })
  recordUrgentPayment(
    @Args(() => StepArgs) args: StepArgs,
    @Arg('amountFen', () => Int, { description: 'In fen; at most what was requested, and the cap.' }) amountFen: number,
    @Arg('method', () => PaymentMethod) method: PaymentMethod,
    @Arg('receiptReference') receiptReference: string,
    @Arg('reason', { description: 'Why it could not wait.' }) reason: string,
    @Arg('paidAt', () => Date, { nullable: true }) paidAt: Date | undefined,
    @Ctx() context: RequestContext,
  ): Promise<AssistanceCase> {
    return takeApiStep(context, ASSISTANCE_CASE_WORKFLOW, args, AssistanceCaseAction.PAY_URGENTLY, reason, { amountFen, method, receiptReference, paidAt });
  }

  @Mutation(() => AssistanceCase, { description: 'Closes a paid or refused case with a summary.' })
  closeAssistanceCase(@Args(() => StepArgs) args: StepArgs, @Arg('summary') summary: string, @Ctx() context: RequestContext): Promise<AssistanceCase> {
    return takeApiStep(context, ASSISTANCE_CASE_WORKFLOW, args, AssistanceCaseAction.CLOSE, summary);
  }

  @Mutation(() => AssistanceCase, { description: 'Withdraws a case before its decision (the applicant withdrew, or there are no grounds); its decision clock goes.' })
  withdrawAssistanceCase(@Args(() => StepArgs) args: StepArgs, @Arg('reason') reason: string, @Ctx() context: RequestContext): Promise<AssistanceCase> {
    return takeApiStep(context, ASSISTANCE_CASE_WORKFLOW, args, AssistanceCaseAction.WITHDRAW, reason);
  }
}
