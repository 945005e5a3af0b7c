import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ConnectionType, PageArgs, Role, StaffReference, StepArgs, loaderByField, paginate, requireCaller, staffReference, takeApiStep } from '@xinfang/kit';
import type { Connection, RequestContext } from '@xinfang/kit';
import { agencyWhoseWorkIsRead } from '../petition/petition-access';
import { Petition } from '../petition/petition.entity';
import { PetitionAction } from '../petition/petition-status';
import { PETITION_WORKFLOW } from '../petition/petition-workflow';
import { PublishReceptionSlotInput } from './publish-reception-slot.input';
import { ReceptionBooking } from './reception-booking.entity';
import { publishReceptionSlot } from './reception-day.service';
import { ReceptionSlot } from './reception-slot.entity';

const ReceptionSlotConnection = ConnectionType(ReceptionSlot, 'ReceptionSlot');

/** Procurator-general reception days (检察长接待日) and appointments by name (点名接访). */
@Resolver(() => ReceptionSlot)
export class ReceptionDayResolver {
  @Authorized(Role.RECEPTION, Role.DEPARTMENT_HEAD, Role.LEADER)
  @Mutation(() => ReceptionSlot, { description: 'Publishes a leader\'s reception slot at your agency.' })
  publishReceptionSlot(@Arg('input') input: PublishReceptionSlotInput, @Ctx() context: RequestContext): Promise<ReceptionSlot> {
    return publishReceptionSlot(context.em, input, requireCaller(context));
  }

  @Mutation(() => Petition, { description: 'Books the petition by name into a leader\'s slot of its handling agency; refused when the slot is full or the petition is booked at that time.' })
  bookReception(@Args(() => StepArgs) args: StepArgs, @Arg('slotId', () => ID) slotId: string, @Ctx() context: RequestContext): Promise<Petition> {
    return takeApiStep(context, PETITION_WORKFLOW, args, PetitionAction.BOOK_RECEPTION, null, { slotId });
  }

  @Mutation(() => Petition, { description: 'Records what came of the leader\'s reception, against the petition.' })
  recordReceptionOutcome(
    @Args(() => StepArgs) args: StepArgs,
    @Arg('bookingId', () => ID) bookingId: string,
    @Arg('outcome') outcome: string,
    @Ctx() context: RequestContext,
  ): Promise<Petition> {
    return takeApiStep(context, PETITION_WORKFLOW, args, PetitionAction.RECORD_RECEPTION_OUTCOME, outcome, { bookingId });
  }

  @Query(() => ReceptionSlotConnection, { description: 'Reception slots still ahead at an agency (yours by default), soonest first.' })
  async upcomingReceptionDays(
    @Arg('agencyId', () => ID, { nullable: true }) agencyId: string | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() context: RequestContext,
  ): Promise<Connection<ReceptionSlot>> {
    const agency = await agencyWhoseWorkIsRead(context, agencyId);
    return paginate(context.em, ReceptionSlot, { agencyId: agency, startsAt: { $gt: new Date() } }, 'startsAt', page, 'asc');
  }

  @FieldResolver(() => StaffReference, { description: 'The leader who receives.' })
  leader(@Root() slot: ReceptionSlot): StaffReference {
    return staffReference(slot.leaderStaffId);
  }
}

/** A petition's bookings with leaders, oldest first. */
@Resolver(() => Petition)
export class PetitionReceptionResolver {
  @FieldResolver(() => [ReceptionBooking], { description: 'Its bookings into leaders\' reception slots, with their outcomes.' })
  receptionBookings(@Root() petition: Petition, @Ctx() context: RequestContext): Promise<ReceptionBooking[]> {
    return loaderByField(context, ReceptionBooking, 'petitionId', { orderBy: { bookedAt: 'asc', id: 'asc' } }).load(petition.id);
  }
}
