import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { parse } from 'graphql';
import type { GraphQLSchema } from 'graphql';
import { buildSchema, createResolversMap } from 'type-graphql';
import type { BuildSchemaOptions } from 'type-graphql';
import { requireIdentity, roleAuthChecker } from '../identity/authorization';

const FEDERATION_LINK = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable", "@external", "@requires", "@provides"])`;

/** Reference resolvers by type name: how this subgraph turns `{ __typename, id }` into an object. */
export type ReferenceResolvers = Record<string, { __resolveReference: (...args: never[]) => unknown }>;

export interface FederatedSchema {
  schema: GraphQLSchema;
  /** The subgraph's SDL with federation directives, as composition sees it. */
  sdl: string;
}

/**
 * Turns a type-graphql schema into a Federation 2 subgraph schema. Every subgraph is built
 * here, the same way: identity required by default, roles checked by @Authorized.
 */
export async function buildFederatedSchema(
  options: Pick<BuildSchemaOptions, 'resolvers' | 'orphanedTypes'>,
  references: ReferenceResolvers = {},
): Promise<FederatedSchema> {
  const typeGraphqlSchema = await buildSchema({
    ...options,
    skipCheck: true,
    validate: { forbidUnknownValues: false },
    authChecker: roleAuthChecker,
    authMode: 'error',
    globalMiddlewares: [requireIdentity],
  });
  const sdl = `${FEDERATION_LINK}\n\n${printSchemaWithDirectives(typeGraphqlSchema)}`;
  const resolvers = createResolversMap(typeGraphqlSchema) as GraphQLResolverMap<unknown>;
  for (const [typeName, reference] of Object.entries(references)) {
    resolvers[typeName] = { ...(resolvers[typeName] as object), ...reference } as GraphQLResolverMap<unknown>[string];
  }
  return { schema: buildSubgraphSchema({ typeDefs: parse(sdl), resolvers }), sdl };
}
