import { isUUID } from 'class-validator';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { AgencyReference, NotFoundError, Role, agencyReference, readAccess, requireCaller, staffReference } from '@xinfang/kit';
import type { RequestContext } from '@xinfang/kit';
import { Assignment } from '../assignment/assignment.entity';
import { assignmentsBySession } from '../assignment/assignment.loaders';
import { visibleAssignments } from '../assignment/assignment-access';
import { PetitionReference, petitionReference } from '../petition/petition.stub';
import { JointVisitSession } from './joint-visit-session.entity';
import { sessionWork, visibleSessions } from './joint-visit-session-access';
import { petitionIdsBySession, sessionById } from './joint-visit-session.loaders';
import { JointVisitSessionsArgs } from './joint-visit-sessions.args';
import { findSessionsOverlapping, receivePetitionByTrackingNumber, receivePetitionsByPerson, scheduleJointVisitSession } from './joint-visit-session.service';
import { ScheduleJointVisitSessionInput } from './schedule-joint-visit-session.input';
import { SessionParticipant } from './session-participant';

@Resolver(() => JointVisitSession)
export class JointVisitSessionResolver {
  @Query(() => [JointVisitSession], { description: 'Joint-visit sessions overlapping a period (at most a year) that your agency organises or takes part in, earliest first.' })
  async jointVisitSessions(
    @Args(() => JointVisitSessionsArgs) { from, to }: JointVisitSessionsArgs,
    @Ctx() context: RequestContext,
  ): Promise<JointVisitSession[]> {
    requireCaller(context);
    return visibleSessions(context, await findSessionsOverlapping(context.em, from, to));
  }

  @Query(() => JointVisitSession, { description: 'One joint-visit session, if your agency organises it, is above the organiser, or takes part in it.' })
  async jointVisitSession(@Arg('id', () => ID) id: string, @Ctx() context: RequestContext): Promise<JointVisitSession> {
    return visibleSession(context, id);
  }

  @Authorized(Role.COMMISSION)
  @Mutation(() => JointVisitSession, { description: 'Schedules a joint-visit session organised by your commission (政法委), with each participating agency\'s leader on duty.' })
  async scheduleJointVisitSession(@Arg('input') input: ScheduleJointVisitSessionInput, @Ctx() context: RequestContext): Promise<JointVisitSession> {
    return scheduleJointVisitSession(context.em, input, requireCaller(context));
  }

  @Mutation(() => JointVisitSession, { description: 'Records that a session received a petitioner whose petition already exists, found by its tracking number. New petitions are registered with `registerPetition` (channel JOINT_VISIT, `jointVisitSessionId`) and linked when it is announced.' })
  async receivePetitionAtSession(
    @Arg('sessionId', () => ID) sessionId: string,
    @Arg('trackingNumber', { description: 'The tracking number the petitioner brings.' }) trackingNumber: string,
    @Ctx() context: RequestContext,
  ): Promise<JointVisitSession> {
    const session = await visibleSession(context, sessionId);
    await receivePetitionByTrackingNumber(context.em, session, trackingNumber);
    return session;
  }

  @Mutation(() => JointVisitSession, { description: 'Records that a session received a returning petitioner: every petition of theirs, found by the resident ID number they show (matched by its keyed hash; the number is neither stored nor sent on).' })
  async receivePetitionerAtSession(
    @Arg('sessionId', () => ID) sessionId: string,
    @Arg('idNumber', { description: 'The petitioner\'s resident identity number (居民身份证号码).' }) idNumber: string,
    @Ctx() context: RequestContext,
  ): Promise<JointVisitSession> {
    const session = await visibleSession(context, sessionId);
    await receivePetitionsByPerson(context.em, session, idNumber);
    return session;
  }

  @FieldResolver(() => AgencyReference, { description: 'The political-legal commission that organised it.' })
  organizer(@Root() session: JointVisitSession): AgencyReference {
    return agencyReference(session.organizerAgencyId);
  }

  @FieldResolver(() => [AgencyReference], { description: 'The agencies receiving petitioners together at it.' })
  participatingAgencies(@Root() session: JointVisitSession): AgencyReference[] {
    return session.participatingAgencyIds.map(agencyReference);
  }

  @FieldResolver(() => [SessionParticipant], { description: 'The agencies taking part, each with its leader on duty.' })
  participants(@Root() session: JointVisitSession): SessionParticipant[] {
    const leaders = new Map(session.onDutyLeaders.map((leader) => [leader.agencyId, leader.staffId]));
    return session.participatingAgencyIds.map((agencyId) => {
      const leader = leaders.get(agencyId);
      return { agency: agencyReference(agencyId), onDutyLeader: leader ? staffReference(leader) : null };
    });
  }

  @FieldResolver(() => [PetitionReference], { description: 'The petitions received at the session, in the order they were linked.' })
  async receivedPetitions(@Root() session: JointVisitSession, @Ctx() context: RequestContext): Promise<PetitionReference[]> {
    return (await petitionIdsBySession(context).load(session.id)).map(petitionReference);
  }

  @FieldResolver(() => [Assignment], { description: 'Assignments made at this session that you may see, oldest first.' })
  async assignments(@Root() session: JointVisitSession, @Ctx() context: RequestContext): Promise<Assignment[]> {
    return visibleAssignments(context, await assignmentsBySession(context).load(session.id));
  }
}

/** The session; NOT_FOUND alike when unknown and when the caller's agency has no part in it. */
async function visibleSession(context: RequestContext, id: string): Promise<JointVisitSession> {
  const session = isUUID(id) ? await sessionById(context).load(id) : null;
  if (!session) throw new NotFoundError('Joint-visit session', id);
  await readAccess(context).assertFound(sessionWork(session), 'Joint-visit session', id);
  return session;
}
