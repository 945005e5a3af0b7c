import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { AgencyReference, ConnectionType, PageArgs, Role, WorkflowHistoryEntry, agencyReference, historyOf, paginate, requireCaller } from '@xinfang/kit';
import type { Connection, RequestContext } from '@xinfang/kit';
import { JointVisitSession } from '../joint-visit-session/joint-visit-session.entity';
import { sessionById } from '../joint-visit-session/joint-visit-session.loaders';
import { PetitionReference, petitionReference } from '../petition/petition.stub';
import { Assignment } from './assignment.entity';
import { AssignmentStatus } from './assignment-status';
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
