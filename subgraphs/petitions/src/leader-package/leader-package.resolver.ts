import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { PageArgs, StaffReference, StepArgs, paginate, staffReference, takeApiStep } from '@xinfang/kit';
import type { Connection, RequestContext } from '@xinfang/kit';
import { agencyWhoseWorkIsRead } from '../petition/petition-access';
import { PetitionConnection } from '../petition/petition.connection';
import { Petition } from '../petition/petition.entity';
import { PetitionAction } from '../petition/petition-status';
import { PETITION_WORKFLOW } from '../petition/petition-workflow';

/** Leader packages (院领导包案): a leader takes a difficult petition personally, and the leaders' lists of what they took. */
@Resolver(() => Petition)
export class LeaderPackageResolver {
  @Mutation(() => Petition, { description: 'You, a leader of the handling agency, take the petition as its package leader, with a plan and a target date.' })
  packagePetition(
    @Args(() => StepArgs) args: StepArgs,
    @Arg('plan', { description: 'How the leader means to resolve it.' }) plan: string,
    @Arg('targetDate', { description: 'When it should be resolved by.' }) targetDate: Date,
    @Ctx() context: RequestContext,
  ): Promise<Petition> {
    return takeApiStep(context, PETITION_WORKFLOW, args, PetitionAction.PACKAGE, plan, { targetDate: targetDate.toISOString() });
  }

  @Query(() => PetitionConnection, { description: 'Petitions taken as leader packages at an agency (yours by default), or by one leader, most recently taken first, with where each stands.' })
  async packagedPetitions(
    @Arg('agencyId', () => ID, { nullable: true }) agencyId: string | undefined,
    @Arg('leaderStaffId', () => ID, { nullable: true, description: 'Only this leader\'s packages.' }) leaderStaffId: string | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() context: RequestContext,
  ): Promise<Connection<Petition>> {
    const agency = await agencyWhoseWorkIsRead(context, agencyId);
    const where = { handlingAgencyId: agency, packageLeaderStaffId: leaderStaffId ?? { $ne: null } };
    return paginate(context.em, Petition, where, 'packagedAt', page);
  }

  @FieldResolver(() => StaffReference, { nullable: true, description: 'The leader who took it as a package (包案领导).' })
  packageLeader(@Root() petition: Petition): StaffReference | null {
    return petition.packageLeaderStaffId ? staffReference(petition.packageLeaderStaffId) : null;
  }
}
