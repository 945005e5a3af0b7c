import { unwrapResolverError } from '@apollo/server/errors';
import { OptimisticLockError } from '@mikro-orm/core';
import { GraphQLError } from 'graphql';
import type { GraphQLFormattedError } from 'graphql';
import type { Logger } from 'pino';

/**
 * Domain errors and GraphQL's own (parse, validation, bad input) reach the client as they
 * are; anything unexpected is logged and reported without its message or SQL.
 */
export function createErrorFormatter(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    // Two people changed the same record at once; the later one can reload and retry.
    if (original instanceof OptimisticLockError) {
      return { message: 'Someone else changed this record first; reload it and try again', path: formatted.path, locations: formatted.locations, extensions: { code: 'CONFLICT' } };
    }
    if (original instanceof GraphQLError && formatted.extensions?.code !== 'INTERNAL_SERVER_ERROR') return formatted;
    logger.error({ err: original, path: formatted.path }, 'unexpected error in resolver');
    return {
      message: 'Internal server error',
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}
