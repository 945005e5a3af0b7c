import { unwrapResolverError } from '@apollo/server/errors';
import { OptimisticLockError } from '@mikro-orm/core';
import type { GraphQLFormattedError } from 'graphql';
import type { Logger } from 'pino';
import { scrubText } from '../personal-data/log-scrubbing';
import { isTransient } from '../messaging/transient-error';

/** Long enough for any message we write; GraphQL's own coercion messages quote whole inputs. */
const MAX_MESSAGE = 500;
/** Extensions carry codes and small details (a field, an id), never the caller's input. */
const MAX_EXTENSION = 300;

/**
 * Domain errors and GraphQL's own (parse, validation, bad input) reach the client as they
 * are, trimmed of echoed input and with ID and phone numbers masked; anything unexpected is logged and reported without its message or SQL.
 */
export function createErrorFormatter(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    // Two people changed the same record at once; the later one can reload and retry.
    if (original instanceof OptimisticLockError) {
      return { message: 'Someone else changed this record first; reload it and try again', path: formatted.path, locations: formatted.locations, extensions: { code: 'CONFLICT' } };
    }
    // The database away, a connection broken, a deadlock: nothing wrong with the request, which can be sent again.
    if (isTransient(original)) {
      logger.warn({ err: original, path: formatted.path }, 'request failed while the database or broker is unavailable');
      return { message: 'The service cannot reach its database right now; nothing was saved; try again shortly', path: formatted.path, locations: formatted.locations, extensions: { code: 'SERVICE_UNAVAILABLE' } };
    }
    // Coded errors are meant for the client: ours, GraphQL's own, and (at the gateway) those a
    // subgraph already formatted, which arrive as plain objects rather than GraphQLErrors.
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR') return withoutEchoes(formatted);
    // Apollo Server's own refusals of a request without a code (an APQ hash that is not its
    // query's) carry only a 4xx status: the client's mistake, said as such, not a fault of ours.
    if (isClientErrorStatus(original)) return withoutEchoes({ ...formatted, extensions: { ...formatted.extensions, code: 'BAD_REQUEST' } });
    logger.error({ err: original, path: formatted.path }, 'unexpected error in resolver');
    return {
      message: 'Internal server error',
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}

function isClientErrorStatus(error: unknown): boolean {
  const status = (error as { extensions?: { http?: { status?: unknown } } } | undefined)?.extensions?.http?.status;
  return typeof status === 'number' && status >= 400 && status < 500;
}

interface ValidationFailure {
  property?: string;
  constraints?: Record<string, string>;
  children?: ValidationFailure[];
}

/** class-validator reports each failed field with its value and the whole input: keep what failed and why. */
function failedFields(errors: ValidationFailure[], prefix = ''): { field: string; problems: string[] }[] {
  return errors.flatMap((error) => {
    const field = `${prefix}${error.property ?? ''}`;
    const own = error.constraints ? [{ field, problems: Object.values(error.constraints).map((text) => truncate(text, MAX_EXTENSION)) }] : [];
    return [...own, ...failedFields(error.children ?? [], `${field}.`)];
  });
}

function withoutEchoes(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const { stacktrace: _stacktrace, exception: _exception, validationErrors, ...rest } = formatted.extensions ?? {};
  const extensions: Record<string, unknown> = Object.fromEntries(
    Object.entries(rest).filter(([, value]) => JSON.stringify(value ?? null).length <= MAX_EXTENSION),
  );
  if (Array.isArray(validationErrors)) extensions.invalidFields = failedFields(validationErrors as ValidationFailure[]);
  // GraphQL's coercion messages quote the value given: an ID or phone number is masked in them.
  return { ...formatted, message: truncate(scrubText(formatted.message), MAX_MESSAGE), extensions };
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max)}…`;
}
