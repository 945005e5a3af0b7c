import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { AgencyReference, Role, agencyReference, requireCaller } from '@xinfang/kit';
import type { RequestContext } from '@xinfang/kit';
import { Assignment } from '../assignment/assignment.entity';
import { assignmentsBySession } from '../assignment/assignment.loaders';
import { visibleAssignments } from '../assignment/assignment-access';
import { JointVisitSession } from './joint-visit-session.entity';
import { JointVisitSessionsArgs } from './joint-visit-sessions.args';
import { findSessionsOverlapping, scheduleJointVisitSession } from './joint-visit-session.service';
import { ScheduleJointVisitSessionInput } from './schedule-joint-visit-session.input';

@Resolver(() => JointVisitSession)
export class JointVisitSessionResolver {
  @Query(() => [JointVisitSession], { description: 'Joint-visit sessions overlapping a period (at most a year), earliest first.' })
  async jointVisitSessions(
    @Args(() => JointVisitSessionsArgs) { from, to }: JointVisitSessionsArgs,
    @Ctx() context: RequestContext,
  ): Promise<JointVisitSession[]> {
    requireCaller(context);
    return findSessionsOverlapping(context.em, from, to);
  }

  @Authorized(Role.COMMISSION)
  @Mutation(() => JointVisitSession, { description: 'Schedules a joint-visit session organised by your commission (政法委).' })
  async scheduleJointVisitSession(@Arg('input') input: ScheduleJointVisitSessionInput, @Ctx() context: RequestContext): Promise<JointVisitSession> {
    return scheduleJointVisitSession(context.em, input, requireCaller(context));
  }

  @FieldResolver(() => AgencyReference, { description: 'The political-legal commission that organised it.' })
  organizer(@Root() session: JointVisitSession): AgencyReference {
    return agencyReference(session.organizerAgencyId);
  }

  @FieldResolver(() => [AgencyReference], { description: 'The agencies receiving petitioners together at it.' })
  participatingAgencies(@Root() session: JointVisitSession): AgencyReference[] {
    return session.participatingAgencyIds.map(agencyReference);
  }

  @FieldResolver(() => [Assignment], { description: 'Assignments made at this session that you may see, oldest first.' })
  async assignments(@Root() session: JointVisitSession, @Ctx() context: RequestContext): Promise<Assignment[]> {
    return visibleAssignments(context, await assignmentsBySession(context).load(session.id));
  }
}
