import { Args, Ctx, Query, Resolver } from 'type-graphql';
import { ConnectionType, DeadlineClock, paginate } from '@xinfang/kit';
import type { Connection, RequestContext } from '@xinfang/kit';
import { petitionById } from '../petition/petition.loaders';
import { daysLeft, readableOverdueWhere } from './overdue-list';
import { OverduePetitionsArgs } from './overdue-petitions.args';
import { PetitionDeadline } from './petition-deadline.type';

const PetitionDeadlineConnection = ConnectionType(PetitionDeadline, 'PetitionDeadline');

/** What an agency (or one handler) owes and is late on, most overdue first (`readableOverdueWhere`). */
@Resolver()
export class OverduePetitionsResolver {
  @Query(() => PetitionDeadlineConnection, { description: 'Overdue petition deadlines (or also those due within N days), per agency or handler, most urgent first.' })
  async overduePetitions(@Args(() => OverduePetitionsArgs) args: OverduePetitionsArgs, @Ctx() context: RequestContext): Promise<Connection<PetitionDeadline>> {
    const now = Date.now();
    const where = await readableOverdueWhere(context, args, now);
    const page = await paginate(context.em, DeadlineClock, where, 'dueAt', args, 'asc');
    const petitions = await petitionById(context).loadMany(page.edges.map((edge) => edge.node.subjectId));
    return {
      pageInfo: page.pageInfo,
      edges: page.edges.map((edge, index) => ({
        cursor: edge.cursor,
        node: { petition: petitions[index] as PetitionDeadline['petition'], deadline: edge.node, daysLeft: daysLeft(edge.node.dueAt!, now) },
      })),
    };
  }
}
