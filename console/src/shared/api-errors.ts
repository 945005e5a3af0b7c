import { CombinedGraphQLErrors } from '@apollo/client/errors';

/** One problem the API found with an input field (`extensions.field`, `invalidFields`). */
export interface FieldProblem {
  /** The input's path, e.g. `summary` or `petitioners.0.idNumber`. */
  field: string;
  message: string;
}

interface ErrorExtensions {
  code?: string;
  field?: string;
  invalidFields?: { field: string; problem?: string; problems?: string[] }[];
}

/**
 * What the API refused and where: the fields it named (to show on those fields) and anything
 * else as one message; its code (`extensions.code`) tells the kind.
 */
export function problemsOf(error: unknown): { code?: string; fields: FieldProblem[]; message: string } {
  if (!CombinedGraphQLErrors.is(error)) return { fields: [], message: error instanceof Error ? error.message : String(error) };
  const [first] = error.errors;
  const extensions = (first?.extensions ?? {}) as ErrorExtensions;
  const fields = extensions.invalidFields?.map((invalid) => ({ field: invalid.field, message: invalid.problem ?? invalid.problems?.join('; ') ?? first!.message }))
    ?? (extensions.field ? [{ field: extensions.field, message: first!.message }] : []);
  return { code: extensions.code, fields, message: first?.message ?? error.message };
}
