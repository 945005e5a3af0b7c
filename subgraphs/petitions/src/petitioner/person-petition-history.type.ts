import { Field, Int, ObjectType } from 'type-graphql';
import { Petition } from '../petition/petition.entity';

@ObjectType({ description: 'A person\'s petitions, found by keyed hash.' })
export class PersonPetitionHistory {
  @Field(() => [Petition], { description: 'Those you may read, newest first (at most 100).' })
  petitions!: Petition[];

  @Field(() => Int, { description: 'How many petitions name this person anywhere, including at agencies whose petitions you may not read.' })
  total!: number;
}
