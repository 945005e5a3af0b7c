import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The key of an entity another subgraph owns and this one extends with fields of its own. */
export interface ExtendedEntity {
  id: string;
}

/**
 * A stub for an entity another subgraph owns (`Petition`), which this subgraph extends with
 * field resolvers (assistance adds its cases, joint-visits its assignments). Each subgraph
 * makes its own class with this, because type-graphql keeps field resolvers per class in one
 * global store: a shared class would give every subgraph run in one process (the schema
 * renderer, in-process tests) the others' fields.
 */
export function extendedEntityStub(typeName: string) {
  @Directive('@key(fields: "id")')
  @ObjectType(typeName)
  class Stub implements ExtendedEntity {
    @Field(() => ID)
    id!: string;
  }
  return Stub;
}
