import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { AgencyReference, DeadlineClock, NotFoundError, PageArgs, Public, Role, agencyReference, deadlinesOf, paginate, requireCaller } from '@xinfang/kit';
import type { Connection, RequestContext } from '@xinfang/kit';
import { petitionReading } from '../joint-visit-assignee/petition-reading';
import { Petition } from './petition.entity';
import { PetitionConnection } from './petition.connection';
import { PETITION_SUBJECT, dueAtOf } from './petition-deadlines';
import { PetitionProgress } from './petition-progress';
import { petitionOpenedBy, progressOf } from './public-lookup';
import { readablePetitionsWhere } from './petition-list';
import { petitionById } from './petition.loaders';
import { registerPetition } from './petition.service';
import { PetitionsFilter } from './petitions-filter.input';
import { RegisterPetitionInput } from './register-petition.input';
import { RegisterPetitionPayload } from './register-petition.payload';


@Resolver(() => Petition)
export class PetitionResolver {
  @Query(() => Petition, { nullable: true, description: 'One petition, if your agency may read it.' })
  async petition(@Arg('id', () => ID) id: string, @Ctx() context: RequestContext): Promise<Petition | null> {
    const petition = await petitionById(context).load(id);
    if (!petition) throw new NotFoundError('Petition', id);
    // An agency assigned the petition at a joint visit reads it too (its summary, at least);
    // anyone else hears exactly what an unknown id gets.
    if ((await petitionReading(context, petition)) === 'NONE') throw new NotFoundError('Petition', id);
    return petition;
  }

  @Query(() => PetitionConnection, { description: 'Petitions received or handled by an agency (received by your own by default; a superior agency may ask for one below it), newest first.' })
  async petitions(
    @Arg('filter', () => PetitionsFilter, { nullable: true }) filter: PetitionsFilter | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() context: RequestContext,
  ): Promise<Connection<Petition>> {
    return paginate(context.em, Petition, await readablePetitionsWhere(context, filter), 'receivedAt', page);
  }

  @Public()
  @Query(() => PetitionProgress, { description: 'For the petitioner: progress by tracking number and access code.' })
  async petitionByTrackingNumber(
    @Arg('trackingNumber') trackingNumber: string,
    @Arg('accessCode') accessCode: string,
    @Ctx() context: RequestContext,
  ): Promise<PetitionProgress> {
    return progressOf(context, await petitionOpenedBy(context, trackingNumber, accessCode));
  }

  @Authorized(Role.RECEPTION, Role.HANDLER, Role.DEPARTMENT_HEAD, Role.LEADER)
  @Mutation(() => RegisterPetitionPayload, { description: 'Registers a petition received by your agency from any channel.' })
  async registerPetition(@Arg('input') input: RegisterPetitionInput, @Ctx() context: RequestContext): Promise<RegisterPetitionPayload> {
    return registerPetition(context.em, input, requireCaller(context), { traceparent: context.traceparent });
  }

  @FieldResolver(() => [DeadlineClock], { description: 'Its deadlines: the 7-day procedural reply and the 3-month result, with where each stands.' })
  async deadlines(@Root() petition: Petition, @Ctx() context: RequestContext): Promise<DeadlineClock[]> {
    return deadlinesOf(context, PETITION_SUBJECT).load(petition.id);
  }

  @FieldResolver(() => Date, { nullable: true, description: 'The procedural reply is due by then (7 days, end of the China day); none while paused.' })
  async proceduralReplyDueAt(@Root() petition: Petition, @Ctx() context: RequestContext): Promise<Date | null> {
    return dueAtOf(await deadlinesOf(context, PETITION_SUBJECT).load(petition.id), 'reply');
  }

  @FieldResolver(() => Date, { nullable: true, description: 'The handling result is due by then (3 months); none while paused.' })
  async resultDueAt(@Root() petition: Petition, @Ctx() context: RequestContext): Promise<Date | null> {
    return dueAtOf(await deadlinesOf(context, PETITION_SUBJECT).load(petition.id), 'result');
  }

  @FieldResolver(() => AgencyReference, { description: 'The agency that received the petition.' })
  receivingAgency(@Root() petition: Petition): AgencyReference {
    return agencyReference(petition.receivingAgencyId);
  }
}
