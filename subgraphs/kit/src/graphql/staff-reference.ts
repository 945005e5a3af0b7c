import { Directive, Field, ID, ObjectType } from 'type-graphql';

/**
 * A member of an agency's staff as every subgraph but agencies sees it (a handler, a package
 * leader, a visiting leader): a key the agencies subgraph resolves to name, agency and post.
 */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType('Staff')
export class StaffReference {
  @Field(() => ID)
  id!: string;
}

export function staffReference(id: string): StaffReference {
  return { id };
}
