import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { AgencyReference, ConnectionType, NotFoundError, PageArgs, Public, Role, agencyReference, paginate, requireCaller } from '@xinfang/kit';
import type { Connection, RequestContext } from '@xinfang/kit';
import { accessCodeMatches } from './access-code';
import { assertCanReadPetitionsOf } from './petition-access';
import { Petition } from './petition.entity';
import { PetitionProgress } from './petition-progress';
import { petitionLoader } from './petition.reference';
import { registerPetition } from './petition.service';
import { PetitionsFilter } from './petitions-filter.input';
import { RegisterPetitionInput } from './register-petition.input';
import { RegisterPetitionPayload } from './register-petition.payload';

const PetitionConnection = ConnectionType(Petition, 'Petition');

@Resolver(() => Petition)
export class PetitionResolver {
  @Query(() => Petition, { nullable: true, description: 'One petition, if your agency may read it.' })
  async petition(@Arg('id', () => ID) id: string, @Ctx() context: RequestContext): Promise<Petition | null> {
    const caller = requireCaller(context);
    const petition = await petitionLoader(context).load(id);
    if (!petition) throw new NotFoundError('Petition', id);
    assertCanReadPetitionsOf(caller, petition.receivingAgencyId);
    return petition;
  }

  @Query(() => PetitionConnection, { description: 'Petitions received by an agency (your own by default), newest first.' })
  async petitions(
    @Arg('filter', () => PetitionsFilter, { nullable: true }) filter: PetitionsFilter | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() context: RequestContext,
  ): Promise<Connection<Petition>> {
    const caller = requireCaller(context);
    const { receivingAgencyId = caller.agencyId, ...rest } = filter ?? {};
    assertCanReadPetitionsOf(caller, receivingAgencyId);
    const where = Object.fromEntries(Object.entries(rest).filter(([, value]) => value !== undefined));
    return paginate(context.em, Petition, { ...where, receivingAgencyId }, 'receivedAt', page);
  }

  @Public()
  @Query(() => PetitionProgress, { description: 'For the petitioner: progress by tracking number and access code.' })
  async petitionByTrackingNumber(
    @Arg('trackingNumber') trackingNumber: string,
    @Arg('accessCode') accessCode: string,
    @Ctx() { em }: RequestContext,
  ): Promise<PetitionProgress> {
    const petition = await em.findOne(Petition, { trackingNumber: trackingNumber.trim().toUpperCase() });
    // A wrong code looks exactly like an unknown number: nothing confirms a petition exists.
    if (!petition || !(await accessCodeMatches(accessCode.trim(), petition.accessCodeHash))) {
      throw new NotFoundError('Petition', trackingNumber);
    }
    const { status, receivedAt, proceduralReplyDueAt, resultDueAt, receivingAgencyId } = petition;
    return { trackingNumber: petition.trackingNumber, status, receivedAt, proceduralReplyDueAt, resultDueAt, receivingAgencyId };
  }

  @Authorized(Role.RECEPTION, Role.HANDLER, Role.DEPARTMENT_HEAD, Role.LEADER)
  @Mutation(() => RegisterPetitionPayload, { description: 'Registers a petition received by your agency from any channel.' })
  async registerPetition(@Arg('input') input: RegisterPetitionInput, @Ctx() context: RequestContext): Promise<RegisterPetitionPayload> {
    return registerPetition(context.em, input, requireCaller(context), context.traceparent);
  }

  @FieldResolver(() => AgencyReference, { description: 'The agency that received the petition.' })
  receivingAgency(@Root() petition: Petition): AgencyReference {
    return agencyReference(petition.receivingAgencyId);
  }
}
