import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** A petition owned by the petitions subgraph; assistance adds `assistanceCases` to it. */
@Directive('@key(fields: "id")')
@ObjectType('Petition')
export class PetitionReference {
  @Field(() => ID)
  id!: string;
}
