import { Arg, Args, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { AgencyReference, StepArgs, agencyReference, takeApiStep } from '@xinfang/kit';
import type { RequestContext } from '@xinfang/kit';
import { Petition } from './petition.entity';
import { PetitionAction } from './petition-status';
import { PETITION_WORKFLOW } from './petition-workflow';

/**
 * Review (复查, Regulations art. 35) and re-review (复核, art. 36) of a petition's answer: each
 * asked for within 30 days of the answer it questions, by the superior agency in turn, and
 * answered within 30 days (a stored clock each). The re-review opinion is final.
 */
@Resolver(() => Petition)
export class PetitionReviewResolver {
  @Mutation(() => Petition, { description: 'The superior agency records the petitioner\'s request to review the answer (请求复查), within 30 days of it; its 30 days to answer start.' })
  requestPetitionReview(@Args(() => StepArgs) args: StepArgs, @Arg('reason', { description: 'What the petitioner disputes.' }) reason: string, @Ctx() context: RequestContext): Promise<Petition> {
    return takeApiStep(context, PETITION_WORKFLOW, args, PetitionAction.REQUEST_REVIEW, reason);
  }

  @Mutation(() => Petition, { description: 'The reviewing agency gives its review opinion (复查意见).' })
  answerPetitionReview(@Args(() => StepArgs) args: StepArgs, @Arg('opinion', { description: 'The review opinion as told to the petitioner.' }) opinion: string, @Ctx() context: RequestContext): Promise<Petition> {
    return takeApiStep(context, PETITION_WORKFLOW, args, PetitionAction.ANSWER_REVIEW, opinion);
  }

  @Mutation(() => Petition, { description: 'The reviewing agency\'s superior records a request to re-review (请求复核), within 30 days of the review opinion.' })
  requestPetitionReReview(@Args(() => StepArgs) args: StepArgs, @Arg('reason', { description: 'What the petitioner still disputes.' }) reason: string, @Ctx() context: RequestContext): Promise<Petition> {
    return takeApiStep(context, PETITION_WORKFLOW, args, PetitionAction.REQUEST_RE_REVIEW, reason);
  }

  @Mutation(() => Petition, { description: 'The re-review opinion (复核意见): final; the same facts and reasons are not accepted again.' })
  answerPetitionReReview(@Args(() => StepArgs) args: StepArgs, @Arg('opinion', { description: 'The re-review opinion as told to the petitioner.' }) opinion: string, @Ctx() context: RequestContext): Promise<Petition> {
    return takeApiStep(context, PETITION_WORKFLOW, args, PetitionAction.ANSWER_RE_REVIEW, opinion);
  }

  @FieldResolver(() => AgencyReference, { nullable: true, description: 'The agency that reviews the answer (the handling agency\'s superior), once there is an answer.' })
  reviewingAgency(@Root() petition: Petition): AgencyReference | null {
    return petition.reviewingAgencyId ? agencyReference(petition.reviewingAgencyId) : null;
  }

  @FieldResolver(() => AgencyReference, { nullable: true, description: 'The agency that re-reviews (the reviewing agency\'s superior), once there is a review opinion.' })
  reReviewingAgency(@Root() petition: Petition): AgencyReference | null {
    return petition.reReviewingAgencyId ? agencyReference(petition.reReviewingAgencyId) : null;
  }
}
