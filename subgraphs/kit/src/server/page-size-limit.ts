import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, visit } from 'graphql';
import type { DocumentNode } from 'graphql';
import { MAX_PAGE_SIZE } from '../graphql/page-size';

/** The arguments that size a page on every list of the platform. */
const PAGE_SIZE_ARGUMENTS = new Set(['first', 'last']);

/**
 * Refuses a page larger than any list serves before the operation runs, with its variables
 * known: `first: 99999999` in a variable otherwise reaches the subgraph and fails there, after
 * the gateway planned and sent it. The resolvers' own `@Max` stays, for a subgraph called directly
 * by an older gateway.
 */
export function pageSizeLimit(maxPageSize = MAX_PAGE_SIZE): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request }) {
          const oversized = oversizedPageArguments(document, request.variables ?? {}, maxPageSize);
          if (oversized.length === 0) return;
          throw new GraphQLError(`A page holds at most ${maxPageSize} items`, {
            extensions: {
              code: 'BAD_USER_INPUT',
              http: { status: 400 },
              invalidFields: oversized.map((field) => ({ field, problems: [`${field} must not be greater than ${maxPageSize}`] })),
            },
          });
        },
      };
    },
  };
}

/** A page-size argument as written: a number, or the variable that will carry one. */
type PageSize = { argument: string; literal: number } | { argument: string; variable: string };

/** Found once per document: Apollo keeps parsed documents, so a repeated operation is not walked again. */
const pageSizesOf = new WeakMap<DocumentNode, PageSize[]>();

function pageSizes(document: DocumentNode): PageSize[] {
  let found = pageSizesOf.get(document);
  if (found) return found;
  found = [];
  const sizes = found;
  visit(document, {
    Argument(argument) {
      if (!PAGE_SIZE_ARGUMENTS.has(argument.name.value)) return;
      const { value } = argument;
      if (value.kind === Kind.INT) sizes.push({ argument: argument.name.value, literal: Number(value.value) });
      if (value.kind === Kind.VARIABLE) sizes.push({ argument: argument.name.value, variable: value.name.value });
    },
  });
  pageSizesOf.set(document, sizes);
  return sizes;
}

/** The page-size arguments of a document whose value, literal or from a variable, is over the limit. */
export function oversizedPageArguments(document: DocumentNode, variables: Record<string, unknown>, maxPageSize: number): string[] {
  const oversized = pageSizes(document).filter((size) => {
    const value = 'literal' in size ? size.literal : variables[size.variable];
    return typeof value === 'number' && value > maxPageSize;
  });
  return [...new Set(oversized.map((size) => size.argument))];
}
