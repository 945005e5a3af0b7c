import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { AgencyReference, Role, StaffReference, agencyReference, loaderByField, readAccess, requireCaller, staffReference } from '@xinfang/kit';
import type { RequestContext } from '@xinfang/kit';
import { PetitionReference, petitionReference } from '../petition/petition.stub';
import { ContactPoint } from './contact-point.entity';
import { ContactPointInput } from './contact-point.input';
import { ContactPointPetition } from './contact-point-petition.entity';
import { contactPointsOf, createContactPoint, deactivateContactPoint, linkPetitionToContactPoint, updateContactPoint } from './contact-point.service';
import { NextVisitView } from './visiting-day.types';
import { nextVisit } from './visiting-days';

/** Township and community contact points (联络点) and the petitions they receive. */
@Resolver(() => ContactPoint)
export class ContactPointResolver {
  @Query(() => [ContactPoint], { description: 'An agency\'s contact points (yours by default), by name.' })
  async contactPoints(
    @Arg('agencyId', () => ID, { nullable: true, description: 'The responsible agency; yours by default.' }) agencyId: string | undefined,
    @Arg('includeInactive', { defaultValue: false, description: 'Also those no longer receiving.' }) includeInactive: boolean,
    @Ctx() context: RequestContext,
  ): Promise<ContactPoint[]> {
    const agency = agencyId ?? requireCaller(context).agencyId;
    await readAccess(context).assertMayRead({ owner: agency }, 'You may not read this agency\'s contact points');
    return contactPointsOf(context.em, agency, includeInactive);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => ContactPoint, { description: 'Sets up a contact point for an agency.' })
  createContactPoint(@Arg('input') input: ContactPointInput, @Ctx() context: RequestContext): Promise<ContactPoint> {
    return createContactPoint(context.em, input, requireCaller(context));
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => ContactPoint, { description: 'Replaces a contact point\'s details; its received petitions stay.' })
  updateContactPoint(@Arg('id', () => ID) id: string, @Arg('input') input: ContactPointInput, @Ctx() context: RequestContext): Promise<ContactPoint> {
    return updateContactPoint(context.em, id, input);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => ContactPoint, { description: 'Stops a contact point receiving; it stays in the record.' })
  deactivateContactPoint(@Arg('id', () => ID) id: string, @Ctx() context: RequestContext): Promise<ContactPoint> {
    return deactivateContactPoint(context.em, id);
  }

  @Authorized(Role.RECEPTION, Role.HANDLER, Role.DEPARTMENT_HEAD, Role.LEADER)
  @Mutation(() => ContactPoint, { description: 'Records that a petition was received at one of your agency\'s contact points.' })
  linkPetitionToContactPoint(
    @Arg('contactPointId', () => ID) contactPointId: string,
    @Arg('petitionId', () => ID) petitionId: string,
    @Ctx() context: RequestContext,
  ): Promise<ContactPoint> {
    return linkPetitionToContactPoint(context, contactPointId, petitionId);
  }

  @FieldResolver(() => AgencyReference, { description: 'The agency responsible.' })
  agency(@Root() point: ContactPoint): AgencyReference {
    return agencyReference(point.agencyId);
  }

  @FieldResolver(() => [StaffReference], { description: 'Its liaison officers.' })
  liaisonOfficers(@Root() point: ContactPoint): StaffReference[] {
    return point.liaisonStaffIds.map(staffReference);
  }

  @FieldResolver(() => NextVisitView, { nullable: true, description: 'Its next visiting hours not yet over (China calendar); null once deactivated.' })
  nextVisit(@Root() point: ContactPoint): NextVisitView | null {
    return point.active ? nextVisit(point.visitingDays, new Date()) : null;
  }

  @FieldResolver(() => [ContactPointPetition], { description: 'Petitions received at it, newest first.' })
  receivedPetitions(@Root() point: ContactPoint, @Ctx() context: RequestContext): Promise<ContactPointPetition[]> {
    return loaderByField(context, ContactPointPetition, 'contactPointId', { orderBy: { linkedAt: 'desc', petitionId: 'asc' } }).load(point.id);
  }
}

@Resolver(() => ContactPointPetition)
export class ContactPointPetitionResolver {
  @FieldResolver(() => PetitionReference, { description: 'The petition.' })
  petition(@Root() received: ContactPointPetition): PetitionReference {
    return petitionReference(received.petitionId);
  }
}
