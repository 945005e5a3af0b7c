import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, visit } from 'graphql';
import type { DocumentNode } from 'graphql';

/**
 * C0 controls other than tab, line feed and carriage return, and DEL. No one types them into a
 * name or a summary; they come from pasted terminal output or an attack on whoever reads the
 * record later, and PostgreSQL refuses U+0000 in text outright (which surfaced as a 500).
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/** Refuses any string in the operation, literal or variable, holding a control character, before it runs. */
export function refuseControlCharacters(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request }) {
          const fields = stringsWithControlCharacters(document, request.variables ?? {});
          if (fields.length === 0) return;
          throw new GraphQLError('Text may not contain control characters', {
            extensions: { code: 'BAD_USER_INPUT', http: { status: 400 }, invalidFields: fields.map((field) => ({ field, problems: [`${field} contains a control character`] })) },
          });
        },
      };
    },
  };
}

/** Literal arguments holding a control character, found once per document (Apollo keeps parsed documents). */
const literalsOf = new WeakMap<DocumentNode, string[]>();

function badLiterals(document: DocumentNode): string[] {
  let found = literalsOf.get(document);
  if (found) return found;
  const names: string[] = [];
  visit(document, {
    Argument(argument) {
      let bad = false;
      visit(argument.value, { StringValue(value) { if (CONTROL_CHARACTER.test(value.value)) bad = true; } });
      if (bad && argument.value.kind !== Kind.VARIABLE) names.push(argument.name.value);
    },
  });
  found = names;
  literalsOf.set(document, found);
  return found;
}

/** Where the operation carries such a string: a variable's path, or the argument's name for a literal in the document. */
export function stringsWithControlCharacters(document: DocumentNode, variables: Record<string, unknown>): string[] {
  return [...new Set([...variablePaths(variables, ''), ...badLiterals(document)])];
}

function variablePaths(value: unknown, path: string): string[] {
  if (typeof value === 'string') return CONTROL_CHARACTER.test(value) ? [path] : [];
  if (Array.isArray(value)) return value.flatMap((item, index) => variablePaths(item, `${path}.${index}`));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => variablePaths(item, path ? `${path}.${key}` : key));
  }
  return [];
}
