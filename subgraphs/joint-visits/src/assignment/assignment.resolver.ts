import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { AgencyReference, ConnectionType, PageArgs, Role, agencyReference, paginate, requireCaller } from '@xinfang/kit';
import type { Connection, RequestContext } from '@xinfang/kit';
import { JointVisitSession } from '../joint-visit-session/joint-visit-session.entity';
import { sessionById } from '../joint-visit-session/joint-visit-session.loaders';
import { PetitionReference, petitionReference } from '../petition/petition.reference';
import { Assignment } from './assignment.entity';
import { AssignmentAction, AssignmentStatus } from './assignment-status';
import { applyAssignmentAction, createAssignment } from './assignment.service';
import { CreateAssignmentInput } from './create-assignment.input';

const AssignmentConnection = ConnectionType(Assignment, 'JointVisitAssignment');
/** Staff of an assignee agency (court, police, procuratorate, justice bureau, ...) who report on the work. */
const ASSIGNEE_ROLES = [Role.HANDLER, Role.DEPARTMENT_HEAD, Role.LEADER, Role.PARTNER, Role.COMMISSION];

@Resolver(() => Assignment)
export class AssignmentResolver {
  @Query(() => AssignmentConnection, { description: 'Joint-visit assignments addressed to your agency, newest first.' })
  async assignmentsInbox(
    @Arg('status', () => AssignmentStatus, { nullable: true, description: 'Only assignments in this status.' }) status: AssignmentStatus | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() context: RequestContext,
  ): Promise<Connection<Assignment>> {
    const caller = requireCaller(context);
    return paginate(context.em, Assignment, { assigneeAgencyId: caller.agencyId, ...(status ? { status } : {}) }, 'createdAt', page);
  }

  @Authorized(Role.COMMISSION)
  @Mutation(() => Assignment, { description: 'Assigns (交办) a petition to an agency; the agency is told through Kafka.' })
  async createAssignment(@Arg('input') input: CreateAssignmentInput, @Ctx() context: RequestContext): Promise<Assignment> {
    return createAssignment(context.em, input, requireCaller(context), context.traceparent);
  }

  @Authorized(...ASSIGNEE_ROLES)
  @Mutation(() => Assignment, { description: 'The assignee agency reports progress on an assignment.' })
  async reportAssignmentProgress(
    @Arg('id', () => ID, { description: 'The assignment.' }) id: string,
    @Arg('note', { description: 'What has been done so far.' }) note: string,
    @Ctx() context: RequestContext,
  ): Promise<Assignment> {
    return this.step(context, id, AssignmentAction.REPORT_PROGRESS, note);
  }

  @Authorized(...ASSIGNEE_ROLES)
  @Mutation(() => Assignment, { description: 'The assignee agency reports the assignment done (办结), with its outcome.' })
  async completeAssignment(
    @Arg('id', () => ID, { description: 'The assignment.' }) id: string,
    @Arg('outcome', { description: 'What came of it.' }) outcome: string,
    @Ctx() context: RequestContext,
  ): Promise<Assignment> {
    return this.step(context, id, AssignmentAction.COMPLETE, outcome);
  }

  @FieldResolver(() => AgencyReference, { description: 'The agency that must do the work.' })
  assignee(@Root() assignment: Assignment): AgencyReference {
    return agencyReference(assignment.assigneeAgencyId);
  }

  @FieldResolver(() => AgencyReference, { description: 'The commission that made the assignment.' })
  assignedBy(@Root() assignment: Assignment): AgencyReference {
    return agencyReference(assignment.assignedByAgencyId);
  }

  @FieldResolver(() => PetitionReference, { description: 'The petition assigned.' })
  petition(@Root() assignment: Assignment): PetitionReference {
    return petitionReference(assignment.petitionId);
  }

  @FieldResolver(() => JointVisitSession, { nullable: true, description: 'The joint-visit session it was made at, if any.' })
  async session(@Root() assignment: Assignment, @Ctx() context: RequestContext): Promise<JointVisitSession | null> {
    return assignment.sessionId ? sessionById(context).load(assignment.sessionId) : null;
  }

  private step(context: RequestContext, id: string, action: AssignmentAction, note: string): Promise<Assignment> {
    const caller = requireCaller(context);
    return applyAssignmentAction(context.em, id, action, note, { agencyId: caller.agencyId, userId: caller.userId }, context.traceparent);
  }
}
