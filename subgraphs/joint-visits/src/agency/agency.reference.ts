import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** An agency owned by the agencies subgraph; joint-visits only refers to it by id. */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType('Agency')
export class AgencyReference {
  @Field(() => ID)
  id!: string;
}

export function agencyReference(id: string): AgencyReference {
  return { id };
}
