import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '@xinfang/kit';
import { Petition } from '../petition/petition.entity';
import { Petitioner } from './petitioner.entity';
import { petitionersOf } from './petitioner.loaders';

@Resolver(() => Petition)
export class PetitionPetitionersResolver {
  @FieldResolver(() => [Petitioner], { description: 'Who petitions, in order; their ID and phone numbers masked.' })
  petitioners(@Root() petition: Petition, @Ctx() context: RequestContext): Promise<Petitioner[]> {
    return petitionersOf(context).load(petition.id);
  }
}
