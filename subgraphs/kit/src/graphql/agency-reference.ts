import { Directive, Field, ID, ObjectType } from 'type-graphql';

/**
 * An agency as every subgraph but agencies sees it: a key to be resolved by the agencies
 * subgraph (`resolvable: false`: this subgraph never resolves it itself).
 */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType('Agency')
export class AgencyReference {
  @Field(() => ID)
  id!: string;
}

export function agencyReference(id: string): AgencyReference {
  return { id };
}
