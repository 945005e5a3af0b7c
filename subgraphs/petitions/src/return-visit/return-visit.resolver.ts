import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { PageArgs, Public, StepArgs, paginate, takeApiStep } from '@xinfang/kit';
import type { Connection, RequestContext } from '@xinfang/kit';
import { agencyWhoseWorkIsRead } from '../petition/petition-access';
import { PetitionConnection } from '../petition/petition.connection';
import { Petition } from '../petition/petition.entity';
import { PetitionProgress } from '../petition/petition-progress';
import { PetitionAction } from '../petition/petition-status';
import { PETITION_WORKFLOW } from '../petition/petition-workflow';
import { Satisfaction } from '../petition/petition-kind';
import { ratePetitionAsPetitioner } from './public-rating';

/** Return visits (回访) and the petitioner's rating (评价); dissatisfaction lists a petition for a leader's review. */
@Resolver(() => Petition)
export class ReturnVisitResolver {
  @Mutation(() => Petition, { description: 'Records the return visit after closing, with the petitioner\'s rating; meets the return-visit clock (30 days unless RETURN_VISIT_DAYS says otherwise).' })
  recordReturnVisit(
    @Args(() => StepArgs) args: StepArgs,
    @Arg('rating', () => Satisfaction) rating: Satisfaction,
    @Arg('comment', { description: 'What the petitioner said, and how the visit was made.' }) comment: string,
    @Ctx() context: RequestContext,
  ): Promise<Petition> {
    return takeApiStep(context, PETITION_WORKFLOW, args, PetitionAction.RECORD_RETURN_VISIT, comment, { rating });
  }

  @Public()
  @Mutation(() => PetitionProgress, { description: 'For the petitioner: rate the result once, with the tracking number and access code.' })
  ratePetition(
    @Arg('trackingNumber') trackingNumber: string,
    @Arg('accessCode') accessCode: string,
    @Arg('rating', () => Satisfaction) rating: Satisfaction,
    @Arg('comment', () => String, { nullable: true }) comment: string | undefined,
    @Ctx() context: RequestContext,
  ): Promise<PetitionProgress> {
    return ratePetitionAsPetitioner(context, trackingNumber, accessCode, rating, comment ?? null);
  }

  @Query(() => PetitionConnection, { description: 'Petitions whose petitioner was dissatisfied with the result, for a leader\'s review; your agency\'s by default, most recently rated first.' })
  async dissatisfiedPetitions(
    @Arg('agencyId', () => ID, { nullable: true }) agencyId: string | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() context: RequestContext,
  ): Promise<Connection<Petition>> {
    const agency = await agencyWhoseWorkIsRead(context, agencyId);
    return paginate(context.em, Petition, { handlingAgencyId: agency, satisfaction: Satisfaction.DISSATISFIED }, 'ratedAt', page);
  }
}
