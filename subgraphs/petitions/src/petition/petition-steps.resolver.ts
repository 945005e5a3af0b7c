import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from 'type-graphql';
import { AgencyReference, StaffReference, StepArgs, WorkflowHistoryEntry, agencyReference, historyOf, staffReference, takeApiStep } from '@xinfang/kit';
import type { RequestContext } from '@xinfang/kit';
import { Petition } from './petition.entity';
import { PetitionAction } from './petition-status';
import { PETITION_WORKFLOW } from './petition-workflow';

/**
 * The steps of a petition's handling through the API. Who may take each (which agency,
 * which roles) and what each needs is in PETITION_STEPS, checked by the kit against the
 * petition itself; clocks move in the same flush (PETITION_WORKFLOW).
 */
@Resolver(() => Petition)
export class PetitionStepsResolver {
  @Mutation(() => Petition, { description: 'The handling agency accepts the petition (受理); the 60-day handling clock starts.' })
  acceptPetition(@Args(() => StepArgs) args: StepArgs, @Ctx() context: RequestContext): Promise<Petition> {
    return takeApiStep(context, PETITION_WORKFLOW, args, PetitionAction.ACCEPT);
  }

  @Mutation(() => Petition, { description: 'The handling agency does not accept the petition (不予受理), saying why.' })
  declinePetition(@Args(() => StepArgs) args: StepArgs, @Arg('reason', { description: 'Why it is not accepted; the petitioner is told.' }) reason: string, @Ctx() context: RequestContext): Promise<Petition> {
    return takeApiStep(context, PETITION_WORKFLOW, args, PetitionAction.DECLINE, reason);
  }

  @Mutation(() => Petition, { description: 'Transfers the petition to the agency with jurisdiction (转办), which then accepts it, declines it or passes it on.' })
  transferPetition(
    @Args(() => StepArgs) args: StepArgs,
    @Arg('toAgencyId', () => ID, { description: 'The agency with jurisdiction.' }) toAgencyId: string,
    @Arg('reason', { description: 'Why it belongs there.' }) reason: string,
    @Ctx() context: RequestContext,
  ): Promise<Petition> {
    return takeApiStep(context, PETITION_WORKFLOW, args, PetitionAction.TRANSFER, reason, { toAgencyId });
  }

  @Mutation(() => Petition, { description: 'Assigns the petition to a department and a named handler with first responsibility (首办责任人); again to reassign.' })
  assignPetition(
    @Args(() => StepArgs) args: StepArgs,
    @Arg('department', { description: 'The department that handles it, e.g. 控告申诉检察部.' }) department: string,
    @Arg('handlerStaffId', () => ID, { description: 'The handler, a member of the handling agency\'s staff.' }) handlerStaffId: string,
    @Ctx() context: RequestContext,
  ): Promise<Petition> {
    return takeApiStep(context, PETITION_WORKFLOW, args, PetitionAction.ASSIGN, null, { department, handlerStaffId });
  }

  @Mutation(() => Petition, { description: 'Records that the petitioner was told the petition was accepted, not accepted or transferred (程序性回复); meets the 7-day clock.' })
  sendProceduralReply(@Args(() => StepArgs) args: StepArgs, @Arg('reply', { description: 'What the petitioner was told, and how.' }) reply: string, @Ctx() context: RequestContext): Promise<Petition> {
    return takeApiStep(context, PETITION_WORKFLOW, args, PetitionAction.SEND_PROCEDURAL_REPLY, reply);
  }

  @Mutation(() => Petition, { description: 'Extends the 60-day handling deadline once, by at most 30 days, as approved by a leader or department head; the reason is told to the petitioner.' })
  extendPetitionHandling(
    @Args(() => StepArgs) args: StepArgs,
    @Arg('days', () => Int, { description: 'How many calendar days, at most 30.' }) days: number,
    @Arg('reason', { description: 'Why, as the petitioner is told.' }) reason: string,
    @Ctx() context: RequestContext,
  ): Promise<Petition> {
    return takeApiStep(context, PETITION_WORKFLOW, args, PetitionAction.EXTEND_HANDLING, reason, { days });
  }

  @Mutation(() => Petition, { description: 'Records the handling result (办理结果): the answer, its legal basis and whether the matter was substantively resolved; meets the result clocks.' })
  recordResult(
    @Args(() => StepArgs) args: StepArgs,
    @Arg('result', { description: 'The answer given to the petitioner.' }) result: string,
    @Arg('legalBasis', { description: 'The law or rule the answer rests on.' }) legalBasis: string,
    @Arg('substantivelyResolved', { description: 'Whether the matter was substantively resolved (实质性化解).' }) substantivelyResolved: boolean,
    @Ctx() context: RequestContext,
  ): Promise<Petition> {
    return takeApiStep(context, PETITION_WORKFLOW, args, PetitionAction.RECORD_RESULT, result, { legalBasis, substantivelyResolved });
  }

  @Mutation(() => Petition, { description: 'Closes a petition whose result was recorded, or which was not accepted, once the petitioner has had the procedural reply.' })
  closePetition(
    @Args(() => StepArgs) args: StepArgs,
    @Arg('note', () => String, { nullable: true, description: 'Anything worth keeping about the closing.' }) note: string | undefined,
    @Ctx() context: RequestContext,
  ): Promise<Petition> {
    return takeApiStep(context, PETITION_WORKFLOW, args, PetitionAction.CLOSE, note);
  }

  @Mutation(() => Petition, { description: 'Reopens a closed petition petitioned again on the same matter; it is accepted again and needs a handler.' })
  reopenPetition(@Args(() => StepArgs) args: StepArgs, @Arg('reason', { description: 'What was petitioned again.' }) reason: string, @Ctx() context: RequestContext): Promise<Petition> {
    return takeApiStep(context, PETITION_WORKFLOW, args, PetitionAction.REOPEN, reason);
  }

  @FieldResolver(() => [WorkflowHistoryEntry], { description: 'Every step, oldest first: who, for which agency, when, from which status to which, and why.' })
  history(@Root() petition: Petition, @Ctx() context: RequestContext): Promise<WorkflowHistoryEntry[]> {
    return historyOf(context, PETITION_WORKFLOW.aggregateType).load(petition.id);
  }

  @FieldResolver(() => AgencyReference, { description: 'The agency with first responsibility now: the receiving agency, or the one it was transferred to.' })
  handlingAgency(@Root() petition: Petition): AgencyReference {
    return agencyReference(petition.handlingAgencyId);
  }

  @FieldResolver(() => StaffReference, { nullable: true, description: 'The handler with first responsibility (首办责任人), once assigned.' })
  handler(@Root() petition: Petition): StaffReference | null {
    return petition.handlerStaffId ? staffReference(petition.handlerStaffId) : null;
  }
}
