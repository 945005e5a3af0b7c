import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { AgencyReference, StepArgs, agencyReference, takeApiStep } from '@xinfang/kit';
import type { RequestContext } from '@xinfang/kit';
import { Petition } from '../petition/petition.entity';
import { PetitionAction } from '../petition/petition-status';
import { PETITION_WORKFLOW } from '../petition/petition-workflow';

/** Jurisdiction disputes over a transferred petition (Regulations art. 23–24), each a step in its history. */
@Resolver(() => Petition)
export class JurisdictionDisputeResolver {
  @Mutation(() => Petition, { description: 'The agency it was transferred to objects that the matter is not theirs, within 5 working days of the transfer.' })
  objectToTransfer(@Args(() => StepArgs) args: StepArgs, @Arg('reason') reason: string, @Ctx() context: RequestContext): Promise<Petition> {
    return takeApiStep(context, PETITION_WORKFLOW, args, PetitionAction.OBJECT_TO_TRANSFER, reason);
  }

  @Mutation(() => Petition, { description: 'The agency that transferred it agrees with the objection and takes it back.' })
  acceptTransferObjection(@Args(() => StepArgs) args: StepArgs, @Ctx() context: RequestContext): Promise<Petition> {
    return takeApiStep(context, PETITION_WORKFLOW, args, PetitionAction.ACCEPT_OBJECTION);
  }

  @Mutation(() => Petition, { description: 'The agency that transferred it disagrees; the two agencies\' common superior will decide.' })
  rejectTransferObjection(@Args(() => StepArgs) args: StepArgs, @Arg('reason') reason: string, @Ctx() context: RequestContext): Promise<Petition> {
    return takeApiStep(context, PETITION_WORKFLOW, args, PetitionAction.REJECT_OBJECTION, reason);
  }

  @Mutation(() => Petition, { description: 'The common superior refers the dispute to the joint conference, convened by the political-legal commission.' })
  referDisputeToJointConference(
    @Args(() => StepArgs) args: StepArgs,
    @Arg('conferenceAgencyId', () => ID, { description: 'The political-legal commission that convenes the joint conference.' }) conferenceAgencyId: string,
    @Arg('reason') reason: string,
    @Ctx() context: RequestContext,
  ): Promise<Petition> {
    return takeApiStep(context, PETITION_WORKFLOW, args, PetitionAction.REFER_TO_JOINT_CONFERENCE, reason, { conferenceAgencyId });
  }

  @Mutation(() => Petition, { description: 'The binding decision of which of the two agencies handles it; that agency has it accepted.' })
  decideJurisdiction(
    @Args(() => StepArgs) args: StepArgs,
    @Arg('agencyId', () => ID, { description: 'One of the two agencies in dispute.' }) agencyId: string,
    @Arg('reason') reason: string,
    @Ctx() context: RequestContext,
  ): Promise<Petition> {
    return takeApiStep(context, PETITION_WORKFLOW, args, PetitionAction.DECIDE_JURISDICTION, reason, { agencyId });
  }

  @FieldResolver(() => AgencyReference, { nullable: true, description: 'The agency that last transferred it here, while that can still be disputed.' })
  transferredFrom(@Root() petition: Petition): AgencyReference | null {
    return petition.transferredFromAgencyId ? agencyReference(petition.transferredFromAgencyId) : null;
  }

  @FieldResolver(() => AgencyReference, { nullable: true, description: 'Who decides a jurisdiction dispute over it: the common superior, or the joint conference.' })
  arbiter(@Root() petition: Petition): AgencyReference | null {
    return petition.arbiterAgencyId ? agencyReference(petition.arbiterAgencyId) : null;
  }
}
