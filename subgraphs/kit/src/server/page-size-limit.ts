import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, visit } from 'graphql';
import type { DocumentNode, ValueNode } from 'graphql';
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

/** The page-size arguments of a document whose value, literal or from a variable, is over the limit. */
export function oversizedPageArguments(document: DocumentNode, variables: Record<string, unknown>, maxPageSize: number): string[] {
  const oversized: string[] = [];
  visit(document, {
    Argument(argument) {
      if (!PAGE_SIZE_ARGUMENTS.has(argument.name.value)) return;
      const value = numberOf(argument.value, variables);
      if (value !== undefined && value > maxPageSize) oversized.push(argument.name.value);
    },
  });
  return [...new Set(oversized)];
}

function numberOf(value: ValueNode, variables: Record<string, unknown>): number | undefined {
  if (value.kind === Kind.INT) return Number(value.value);
  if (value.kind === Kind.VARIABLE) {
    const given = variables[value.name.value];
    return typeof given === 'number' ? given : undefined;
  }
  return undefined;
}
