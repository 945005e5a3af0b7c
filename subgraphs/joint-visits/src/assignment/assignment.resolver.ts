import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { AgencyReference, ConnectionType, PageArgs, Role, StaffReference, WorkflowHistoryEntry, agencyReference, historyOf, paginate, requireCaller, staffReference } from '@xinfang/kit';
import type { Connection, RequestContext } from '@xinfang/kit';
import { JointVisitSession } from '../joint-visit-session/joint-visit-session.entity';
import { sessionById } from '../joint-visit-session/joint-visit-session.loaders';
import { PetitionReference, petitionReference } from '../petition/petition.stub';
import { Assignment } from './assignment.entity';
import { AssigneeRole, AssignmentStatus } from './assignment-status';
import { assignmentsByDecision } from './assignment.loaders';
import { visibleAssignments } from './assignment-access';

const OPEN = [AssignmentStatus.ASSIGNED, AssignmentStatus.IN_PROGRESS];
import { ASSIGNMENT_WORKFLOW } from './assignment-workflow';
import { createAssignment } from './assignment.service';
import { CreateAssignmentInput } from './create-assignment.input';

const AssignmentConnection = ConnectionType(Assignment, 'JointVisitAssignment');

/** Assignments: the assignee's inbox, making one, and what an assignment involves. Steps: `assignment-steps.resolver.ts`. */
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

  @Authorized(Role.COMMISSION)
  @Query(() => AssignmentConnection, { description: 'For the commission (督办): its open assignments whose deadline has passed (超期), the longest overdue first.' })
  async overdueAssignments(
    @Arg('assigneeAgencyId', () => ID, { nullable: true, description: 'Only those assigned to this agency.' }) assigneeAgencyId: string | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() context: RequestContext,
  ): Promise<Connection<Assignment>> {
    const caller = requireCaller(context);
    const where = {
      assignedByAgencyId: caller.agencyId, status: { $in: OPEN }, overdueSince: { $ne: null },
      ...(assigneeAgencyId ? { assigneeAgencyId } : {}),
    };
    return paginate(context.em, Assignment, where, 'dueAt', page, 'asc');
  }

  @FieldResolver(() => [Assignment], { description: 'Every assignment of the same decision you may see: the lead\'s and the co-handlers\', this one included, lead first.' })
  async decision(@Root() assignment: Assignment, @Ctx() context: RequestContext): Promise<Assignment[]> {
    const all = await assignmentsByDecision(context).load(assignment.decisionId);
    return visibleAssignments(context, [...all].sort((a, b) => Number(b.role === AssigneeRole.LEAD) - Number(a.role === AssigneeRole.LEAD)));
  }

  @FieldResolver(() => AgencyReference, { nullable: true, description: 'Where the commission escalated it (督办升级): the assignee\'s superior, or the commission itself.' })
  escalatedTo(@Root() assignment: Assignment): AgencyReference | null {
    return assignment.escalatedToAgencyId ? agencyReference(assignment.escalatedToAgencyId) : null;
  }

  @FieldResolver(() => StaffReference, { nullable: true, description: 'The commission\'s leader it was escalated to, when the assignee has no superior.' })
  escalatedToLeader(@Root() assignment: Assignment): StaffReference | null {
    return assignment.escalatedToStaffId ? staffReference(assignment.escalatedToStaffId) : null;
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

  @FieldResolver(() => [WorkflowHistoryEntry], { description: 'Every step taken on the assignment, oldest first: who, for which agency, when, from which status to which, and what they reported.' })
  history(@Root() assignment: Assignment, @Ctx() context: RequestContext): Promise<WorkflowHistoryEntry[]> {
    return historyOf(context, ASSIGNMENT_WORKFLOW.aggregateType).load(assignment.id);
  }

  @FieldResolver(() => JointVisitSession, { nullable: true, description: 'The joint-visit session it was made at, if any.' })
  async session(@Root() assignment: Assignment, @Ctx() context: RequestContext): Promise<JointVisitSession | null> {
    return assignment.sessionId ? sessionById(context).load(assignment.sessionId) : null;
  }
}
