import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '@xinfang/kit';
import { Assignment } from '../assignment/assignment.entity';
import { assignmentsByPetition } from '../assignment/assignment.loaders';
import { visibleAssignments } from '../assignment/assignment-access';
import { PetitionReference } from './petition.stub';

/** What joint visits add to a petition: the agencies it was assigned to and how far they got. */
@Resolver(() => PetitionReference)
export class PetitionJointVisitsResolver {
  @FieldResolver(() => [Assignment], { description: 'Joint-visit assignments (联合接访交办) of this petition that you may see, oldest first.' })
  async jointVisitAssignments(@Root() petition: PetitionReference, @Ctx() context: RequestContext): Promise<Assignment[]> {
    return visibleAssignments(context, await assignmentsByPetition(context).load(petition.id));
  }
}
