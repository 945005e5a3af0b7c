import { Arg, Args, Ctx, Mutation, Resolver } from 'type-graphql';
import { StepArgs, takeApiStep } from '@xinfang/kit';
import type { RequestContext } from '@xinfang/kit';
import { Assignment } from './assignment.entity';
import { AssignmentAction } from './assignment-status';
import { ASSIGNMENT_WORKFLOW } from './assignment-workflow';

/**
 * The assignee agency's reports on an assignment through the API. Who may take each step
 * is in ASSIGNMENT_STEPS, checked by the kit against the assignment itself, not here.
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

  @Mutation(() => Assignment, { description: 'The assignee agency reports the assignment done (办结), with its outcome.' })
  completeAssignment(
    @Args(() => StepArgs) args: StepArgs,
    @Arg('outcome', { description: 'What came of it.' }) outcome: string,
    @Ctx() context: RequestContext,
  ): Promise<Assignment> {
    return takeApiStep(context, ASSIGNMENT_WORKFLOW, args, AssignmentAction.COMPLETE, outcome);
  }
}
