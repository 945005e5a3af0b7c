import { Args, Ctx, Query, Resolver } from 'type-graphql';
import { ConnectionType, DeadlineClock, paginate, readAccess, requireCaller } from '@xinfang/kit';
import type { Connection, RequestContext } from '@xinfang/kit';
import { petitionsNotVisible, petitionWork } from '../petition/petition-access';
import { PETITION_SUBJECT } from '../petition/petition-deadlines';
import { petitionById } from '../petition/petition.loaders';
import { OverduePetitionsArgs } from './overdue-petitions.args';
import { PetitionDeadline } from './petition-deadline.type';

const PetitionDeadlineConnection = ConnectionType(PetitionDeadline, 'PetitionDeadline');
const DAY_MS = 24 * 3600_000;

/**
 * What an agency (or one handler) owes and is late on, most overdue first: an indexed range
 * over the stored clocks still open (`deadline_clock (agency_id, due_at) where met_at is null`),
 * never a computation over every petition.
 */
@Resolver()
export class OverduePetitionsResolver {
  @Query(() => PetitionDeadlineConnection, { description: 'Overdue petition deadlines (or also those due within N days), per agency or handler, most urgent first.' })
  async overduePetitions(@Args(() => OverduePetitionsArgs) args: OverduePetitionsArgs, @Ctx() context: RequestContext): Promise<Connection<PetitionDeadline>> {
    const agencyId = args.agencyId ?? requireCaller(context).agencyId;
    await readAccess(context).assertMayRead(petitionWork({ receivingAgencyId: agencyId }), petitionsNotVisible(agencyId));
    const now = Date.now();
    const dueBefore = new Date(now + (args.dueWithinDays ?? 0) * DAY_MS);
    const where = {
      subjectType: PETITION_SUBJECT, agencyId, metAt: null, dueAt: { $ne: null, $lt: dueBefore },
      ...(args.handlerStaffId ? { responsibleId: args.handlerStaffId } : {}),
    };
    const page = await paginate(context.em, DeadlineClock, where, 'dueAt', args, 'asc');
    const petitions = await petitionById(context).loadMany(page.edges.map((edge) => edge.node.subjectId));
    return {
      pageInfo: page.pageInfo,
      edges: page.edges.map((edge, index) => ({
        cursor: edge.cursor,
        node: { petition: petitions[index] as PetitionDeadline['petition'], deadline: edge.node, daysLeft: Math.floor((edge.node.dueAt!.getTime() - now) / DAY_MS) },
      })),
    };
  }
}
