import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { AgencyReference, agencyReference, loaderByField, readAccess } from '@xinfang/kit';
import type { RequestContext } from '@xinfang/kit';
import { petitionWork } from '../petition/petition-access';
import { Petition } from '../petition/petition.entity';
import { petitionById } from '../petition/petition.loaders';
import { PetitionRepeatLink } from './petition-repeat-link.entity';

@Resolver(() => Petition)
export class DifficultCaseResolver {
  @FieldResolver(() => [Petition], { description: 'For a repeat petition: the same person\'s earlier petitions on the same matter that you may read, newest first.' })
  async earlierPetitions(@Root() petition: Petition, @Ctx() context: RequestContext): Promise<Petition[]> {
    if (!petition.repeat) return [];
    const links = await loaderByField(context, PetitionRepeatLink, 'petitionId', { orderBy: { petitionId: 'asc' } }).load(petition.id);
    const earlier = (await petitionById(context).loadMany(links.map((link) => link.earlierPetitionId)))
      .filter((item): item is Petition => item instanceof Petition)
      .sort((a, b) => b.receivedAt.getTime() - a.receivedAt.getTime());
    return readAccess(context).readable(earlier, petitionWork);
  }

  @FieldResolver(() => AgencyReference, { nullable: true, description: 'The agency with jurisdiction, as reception judged it; against it a petition is leapfrog.' })
  jurisdictionAgency(@Root() petition: Petition): AgencyReference | null {
    return petition.jurisdictionAgencyId ? agencyReference(petition.jurisdictionAgencyId) : null;
  }
}
