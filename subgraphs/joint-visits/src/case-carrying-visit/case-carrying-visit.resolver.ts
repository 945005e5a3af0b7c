import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { AgencyReference, Role, StaffReference, agencyReference, loaderByField, readAccess, staffReference } from '@xinfang/kit';
import type { RequestContext } from '@xinfang/kit';
import { PetitionReference, petitionReference } from '../petition/petition.stub';
import { CaseCarryingVisit } from './case-carrying-visit.entity';
import { recordCaseCarryingVisit } from './case-carrying-visit.service';
import { RecordCaseCarryingVisitInput } from './record-case-carrying-visit.input';

/** Leaders' case-carrying visits down to the grassroots (带案下访). */
@Resolver(() => CaseCarryingVisit)
export class CaseCarryingVisitResolver {
  @Authorized(Role.LEADER, Role.DEPARTMENT_HEAD, Role.HANDLER, Role.RECEPTION)
  @Mutation(() => CaseCarryingVisit, { description: 'Records a case-carrying visit (带案下访) one of your agency\'s leaders made to a petitioner; it counts towards the leader\'s yearly quota by its visit date.' })
  recordCaseCarryingVisit(@Arg('input') input: RecordCaseCarryingVisitInput, @Ctx() context: RequestContext): Promise<CaseCarryingVisit> {
    return recordCaseCarryingVisit(context, input);
  }

  @FieldResolver(() => StaffReference, { description: 'The leader who went.' })
  leader(@Root() visit: CaseCarryingVisit): StaffReference {
    return staffReference(visit.leaderStaffId);
  }

  @FieldResolver(() => [StaffReference], { description: 'Staff who went with the leader.' })
  companions(@Root() visit: CaseCarryingVisit): StaffReference[] {
    return visit.companionStaffIds.map(staffReference);
  }

  @FieldResolver(() => AgencyReference, { description: 'The leader\'s agency.' })
  agency(@Root() visit: CaseCarryingVisit): AgencyReference {
    return agencyReference(visit.agencyId);
  }

  @FieldResolver(() => PetitionReference, { description: 'The petition the leader carried.' })
  petition(@Root() visit: CaseCarryingVisit): PetitionReference {
    return petitionReference(visit.petitionId);
  }
}

/** What case-carrying visits add to a petition. */
@Resolver(() => PetitionReference)
export class PetitionCaseCarryingVisitsResolver {
  @FieldResolver(() => [CaseCarryingVisit], { description: 'Leaders\' case-carrying visits (带案下访) for this petition that you may see (the visiting agency and its superiors), earliest first.' })
  async caseCarryingVisits(@Root() petition: PetitionReference, @Ctx() context: RequestContext): Promise<CaseCarryingVisit[]> {
    const visits = await loaderByField(context, CaseCarryingVisit, 'petitionId', { orderBy: { visitedAt: 'asc', id: 'asc' } }).load(petition.id);
    return readAccess(context).readable(visits, (visit) => ({ owner: visit.agencyId }));
  }
}
