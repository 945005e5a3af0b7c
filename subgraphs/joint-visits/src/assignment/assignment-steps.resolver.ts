import { Arg, Args, Ctx, Int, Mutation, Resolver } from 'type-graphql';
import { StepArgs, takeApiStep } from '@xinfang/kit';
import type { RequestContext } from '@xinfang/kit';
import { Assignment } from './assignment.entity';
import { AssignmentAction } from './assignment-status';
import { ASSIGNMENT_WORKFLOW } from './assignment-workflow';

/**
 * Steps on an assignment through the API: the assignee agency's reports and requests, the
 * commission's decisions and supervision (督办). Who may take each step is in
 * ASSIGNMENT_STEPS, checked by the kit against the assignment itself, not here.
 */
@Resolver(() => Assignment)
export class AssignmentStepsResolver {
  @Mutation(() => Assignment, { description: 'The assignee agency reports progress on an assignment.' })
  reportAssignmentProgress(
    @Args(() => StepArgs) args: StepArgs,
    @Arg('note', { description: 'What has been done so far.' }) note: string,
    @Ctx() context: RequestContext,
  ): Promise<Assignment> {
    return takeApiStep(context, ASSIGNMENT_WORKFLOW, args, AssignmentAction.REPORT_PROGRESS, note);
  }

  @Mutation(() => Assignment, { description: 'The assignee agency reports its result (办结). The lead agency\'s result closes the matter, so it is refused (ILLEGAL_TRANSITION) until every co-handler has reported.' })
  completeAssignment(
    @Args(() => StepArgs) args: StepArgs,
    @Arg('outcome', { description: 'What came of it.' }) outcome: string,
    @Ctx() context: RequestContext,
  ): Promise<Assignment> {
    return takeApiStep(context, ASSIGNMENT_WORKFLOW, args, AssignmentAction.COMPLETE, outcome);
  }

  @Mutation(() => Assignment, { description: 'The assignee agency sends the assignment back (退回) to the commission, saying why.' })
  sendBackAssignment(
    @Args(() => StepArgs) args: StepArgs,
    @Arg('reason', { description: 'Why: not its matter, or not one it can do.' }) reason: string,
    @Ctx() context: RequestContext,
  ): Promise<Assignment> {
    return takeApiStep(context, ASSIGNMENT_WORKFLOW, args, AssignmentAction.SEND_BACK, reason);
  }

  @Mutation(() => Assignment, { description: 'The assignee agency asks the commission for more time (申请延期); one request at a time.' })
  requestAssignmentExtension(
    @Args(() => StepArgs) args: StepArgs,
    @Arg('workingDays', () => Int, { description: 'How many more working days (1 to 30; 30 in all over at most two extensions).' }) workingDays: number,
    @Arg('reason', { description: 'Why it needs them.' }) reason: string,
    @Ctx() context: RequestContext,
  ): Promise<Assignment> {
    return takeApiStep(context, ASSIGNMENT_WORKFLOW, args, AssignmentAction.REQUEST_EXTENSION, reason, { workingDays });
  }

  @Mutation(() => Assignment, { description: 'The commission approves the pending extension request: the due date moves by it.' })
  approveAssignmentExtension(@Args(() => StepArgs) args: StepArgs, @Ctx() context: RequestContext): Promise<Assignment> {
    return takeApiStep(context, ASSIGNMENT_WORKFLOW, args, AssignmentAction.APPROVE_EXTENSION);
  }

  @Mutation(() => Assignment, { description: 'The commission refuses the pending extension request, saying why.' })
  refuseAssignmentExtension(
    @Args(() => StepArgs) args: StepArgs,
    @Arg('reason', { description: 'Why not.' }) reason: string,
    @Ctx() context: RequestContext,
  ): Promise<Assignment> {
    return takeApiStep(context, ASSIGNMENT_WORKFLOW, args, AssignmentAction.REFUSE_EXTENSION, reason);
  }

  @Mutation(() => Assignment, { description: 'The commission reminds the assignee (催办); recorded, and published on the assignee\'s own topic.' })
  remindAssignee(
    @Args(() => StepArgs) args: StepArgs,
    @Arg('note', { description: 'What the reminder says.' }) note: string,
    @Ctx() context: RequestContext,
  ): Promise<Assignment> {
    return takeApiStep(context, ASSIGNMENT_WORKFLOW, args, AssignmentAction.REMIND, note);
  }

  @Mutation(() => Assignment, { description: 'The commission escalates the assignment (督办升级) to the assignee agency\'s superior, or to the commission\'s leader when it has none.' })
  escalateAssignment(
    @Args(() => StepArgs) args: StepArgs,
    @Arg('note', { description: 'Why it is escalated.' }) note: string,
    @Ctx() context: RequestContext,
  ): Promise<Assignment> {
    return takeApiStep(context, ASSIGNMENT_WORKFLOW, args, AssignmentAction.ESCALATE, note);
  }

  @Mutation(() => Assignment, { description: 'The commission writes a supervision note (督办意见) on the assignment.' })
  addSupervisionNote(
    @Args(() => StepArgs) args: StepArgs,
    @Arg('note', { description: 'The note.' }) note: string,
    @Ctx() context: RequestContext,
  ): Promise<Assignment> {
    return takeApiStep(context, ASSIGNMENT_WORKFLOW, args, AssignmentAction.ADD_SUPERVISION_NOTE, note);
  }
}
