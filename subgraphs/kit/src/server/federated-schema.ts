import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { defaultFieldResolver, parse } from 'graphql';
import type { GraphQLFieldResolver, GraphQLSchema } from 'graphql';
import { buildSchema, createResolversMap } from 'type-graphql';
import type { BuildSchemaOptions } from 'type-graphql';
import { UnauthenticatedError } from '../errors/errors';
import { roleAuthChecker } from '../identity/authorization';
import type { RequestContext } from './request-context';

const FEDERATION_LINK = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable", "@external", "@requires", "@provides"])`;

/**
 * Apollo Server's cache hints (`@cacheControl`), for what is the same for every caller and
 * changes seldom: a subgraph answering only such fields says so in `Cache-Control`, and the
 * gateway keeps the answer (see the gateway's public-answers cache). Defined only in a subgraph
 * that uses it; composition leaves the directive out of the supergraph.
 */
const CACHE_CONTROL = `enum CacheControlScope { PUBLIC PRIVATE }
directive @cacheControl(maxAge: Int, scope: CacheControlScope, inheritMaxAge: Boolean) on FIELD_DEFINITION | OBJECT | INTERFACE | UNION`;

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
  publicEntityTypes: string[] = [],
): Promise<FederatedSchema> {
  const publicFields = new Set<string>();
  const typeGraphqlSchema = await buildSchema({
    ...options,
    skipCheck: true,
    validate: { forbidUnknownValues: false },
    authChecker: roleAuthChecker,
    authMode: 'error',
  });
  for (const root of [typeGraphqlSchema.getQueryType(), typeGraphqlSchema.getMutationType()]) {
    for (const field of Object.values(root?.getFields() ?? {})) {
      if (field.extensions?.public === true) publicFields.add(`${root?.name}.${field.name}`);
    }
  }
  const printed = printSchemaWithDirectives(typeGraphqlSchema);
  const sdl = `${FEDERATION_LINK}\n\n${printed.includes('@cacheControl') ? `${CACHE_CONTROL}\n\n` : ''}${printed}`;
  const resolvers = createResolversMap(typeGraphqlSchema) as GraphQLResolverMap<unknown>;
  for (const [typeName, reference] of Object.entries(references)) {
    resolvers[typeName] = { ...(resolvers[typeName] as object), ...reference } as GraphQLResolverMap<unknown>[string];
  }
  const schema = buildSubgraphSchema({ typeDefs: parse(sdl), resolvers });
  guardRootFields(schema, publicFields);
  guardEntities(schema, new Set(publicEntityTypes));
  return { schema, sdl };
}

/**
 * Secure by default: every Query and Mutation field needs a verified identity unless it is
 * marked @Public(); nested fields are reached only through an authorised root. Checked on the
 * root fields' own resolvers, once per field of the operation: a type-graphql global
 * middleware did the same check around every field of every object, and made each of them
 * asynchronous (a list of 100 petitions resolved thousands of them).
 */
function guardRootFields(schema: GraphQLSchema, publicFields: ReadonlySet<string>): void {
  for (const root of [schema.getQueryType(), schema.getMutationType()]) {
    for (const field of Object.values(root?.getFields() ?? {})) {
      // Federation's own fields: `_entities` is guarded below, `_service` is the SDL composition reads.
      if (field.name === '_entities' || field.name === '_service') continue;
      if (publicFields.has(`${root!.name}.${field.name}`)) continue;
      const resolve = (field.resolve ?? defaultFieldResolver) as GraphQLFieldResolver<unknown, RequestContext>;
      field.resolve = (source, args, context, info) => {
        if (!context.identity) throw new UnauthenticatedError();
        return resolve(source, args, context, info);
      };
    }
  }
}

/**
 * `_entities` is the door the gateway uses to reach fields this subgraph adds to other
 * subgraphs' types; those fields are not root fields, so the identity check must sit on
 * the door itself. Only types listed as public (the agency directory) pass without one.
 */
function guardEntities(schema: GraphQLSchema, publicTypes: Set<string>): void {
  const field = schema.getQueryType()?.getFields()._entities;
  if (!field?.resolve) return;
  const resolve = field.resolve as GraphQLFieldResolver<unknown, RequestContext, { representations: { __typename: string }[] }>;
  field.resolve = (source, args, context, info) => {
    if (!context.identity && !args.representations.every((ref: { __typename: string }) => publicTypes.has(ref.__typename))) {
      throw new UnauthenticatedError();
    }
    return resolve(source, args, context, info);
  };
}
