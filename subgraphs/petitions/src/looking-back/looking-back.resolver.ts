import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { PageArgs, StepArgs, paginate, takeApiStep } from '@xinfang/kit';
import type { Connection, RequestContext } from '@xinfang/kit';
import { agencyWhoseWorkIsRead } from '../petition/petition-access';
import { PetitionConnection } from '../petition/petition.connection';
import { Petition } from '../petition/petition.entity';
import { PetitionAction } from '../petition/petition-status';
import { PETITION_WORKFLOW } from '../petition/petition-workflow';
import { LOOKING_BACK_IDS } from './looking-back.sql';

/** Backlog clean-up "looking back" (积案清理 回头看): closed petitions petitioned again, until substantively resolved. */
@Resolver(() => Petition)
export class LookingBackResolver {
  @Query(() => PetitionConnection, { description: 'Petitions closed and then petitioned again on the same matter, with their leader package if any; not yet substantively resolved by default.' })
  async lookingBackPetitions(
    @Arg('agencyId', () => ID, { nullable: true, description: 'The handling agency; yours by default.' }) agencyId: string | undefined,
    @Arg('resolved', { defaultValue: false, description: 'Those already marked substantively resolved instead.' }) resolved: boolean,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() context: RequestContext,
  ): Promise<Connection<Petition>> {
    const agency = await agencyWhoseWorkIsRead(context, agencyId);
    const ids = (await context.em.execute<{ id: string }[]>(LOOKING_BACK_IDS, [agency, resolved])).map((row) => row.id);
    return paginate(context.em, Petition, { id: { $in: ids } }, 'receivedAt', page);
  }

  @Mutation(() => Petition, { description: 'Marks a looked-back petition substantively resolved (实质性化解), saying how; it leaves the list.' })
  markSubstantivelyResolved(@Args(() => StepArgs) args: StepArgs, @Arg('how') how: string, @Ctx() context: RequestContext): Promise<Petition> {
    return takeApiStep(context, PETITION_WORKFLOW, args, PetitionAction.MARK_SUBSTANTIVELY_RESOLVED, how);
  }
}
