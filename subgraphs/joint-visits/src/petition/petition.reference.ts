import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** A petition owned by the petitions subgraph; joint-visits adds `jointVisitAssignments` to it. */
@Directive('@key(fields: "id")')
@ObjectType('Petition')
export class PetitionReference {
  @Field(() => ID)
  id!: string;
}

export function petitionReference(id: string): PetitionReference {
  return { id };
}
