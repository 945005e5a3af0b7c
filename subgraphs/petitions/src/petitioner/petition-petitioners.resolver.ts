import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '@xinfang/kit';
import { maskedName, petitionReading } from '../joint-visit-assignee/petition-reading';
import { Petition } from '../petition/petition.entity';
import { Petitioner } from './petitioner.entity';
import { petitionersOf } from './petitioner.loaders';

@Resolver(() => Petition)
export class PetitionPetitionersResolver {
  @FieldResolver(() => [Petitioner], { description: 'Who petitions, in order; their ID and phone numbers masked. None for an agency assigned the petition whose task does not need them.' })
  async petitioners(@Root() petition: Petition, @Ctx() context: RequestContext): Promise<Petitioner[]> {
    if ((await petitionReading(context, petition)) !== 'FULL') return [];
    return petitionersOf(context).load(petition.id);
  }

  @FieldResolver(() => String, { description: 'Who the petition is known by: the first representative of a group, or the first petitioner; only its first character for an agency assigned the petition whose task does not need it.' })
  async petitionerName(@Root() petition: Petition, @Ctx() context: RequestContext): Promise<string> {
    return (await petitionReading(context, petition)) === 'FULL' ? petition.petitionerName : maskedName(petition.petitionerName);
  }
}
