import { Arg, Args, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { StepArgs, takeApiStep } from '@xinfang/kit';
import type { RequestContext } from '@xinfang/kit';
import { Petition } from '../petition/petition.entity';
import { PetitionAction } from '../petition/petition-status';
import { PETITION_WORKFLOW } from '../petition/petition-workflow';
import { Hearing } from './hearing.entity';
import { HearingOpinion, HearingParticipant } from './hearing-kind';
import { hearingsByPetition } from './hearing.loaders';

/** Public hearings (公开听证) on difficult petitions: the handling clocks stand still from scheduling to conclusion. */
@Resolver(() => Petition)
export class HearingResolver {
  @Mutation(() => Petition, { description: 'Schedules a public hearing with its invited participants; the petition\'s open deadlines pause until it concludes.' })
  schedulePublicHearing(
    @Args(() => StepArgs) args: StepArgs,
    @Arg('scheduledFor') scheduledFor: Date,
    @Arg('venue') venue: string,
    @Arg('participants', () => [HearingParticipant], { description: 'NPC deputies, CPPCC members, legal experts, lawyers, community representatives.' }) participants: HearingParticipant[],
    @Ctx() context: RequestContext,
  ): Promise<Petition> {
    return takeApiStep(context, PETITION_WORKFLOW, args, PetitionAction.SCHEDULE_HEARING, null, { scheduledFor: scheduledFor.toISOString(), venue, participants });
  }

  @Mutation(() => Petition, { description: 'Records the hearing\'s conclusion and the participants\' opinions; the paused deadlines run again, later by the days they stood still.' })
  concludePublicHearing(
    @Args(() => StepArgs) args: StepArgs,
    @Arg('conclusion') conclusion: string,
    @Arg('opinions', () => [HearingOpinion]) opinions: HearingOpinion[],
    @Ctx() context: RequestContext,
  ): Promise<Petition> {
    return takeApiStep(context, PETITION_WORKFLOW, args, PetitionAction.CONCLUDE_HEARING, conclusion, { opinions });
  }

  @FieldResolver(() => [Hearing], { description: 'Its public hearings, in the order they were held.' })
  hearings(@Root() petition: Petition, @Ctx() context: RequestContext): Promise<Hearing[]> {
    return hearingsByPetition(context).load(petition.id);
  }
}
