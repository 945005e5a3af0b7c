import { GraphQLError } from 'graphql';

/**
 * The error codes a client can act on. Resolvers throw these; anything else is
 * reported to the client as INTERNAL_SERVER_ERROR without its message or stack.
 */
export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'ILLEGAL_TRANSITION'
  | 'CONFLICT'
  /** A petition on a matter already finally decided by re-review (Regulations art. 36). */
  | 'FINAL_DECISION';

export abstract class DomainError extends GraphQLError {
  protected constructor(message: string, code: ErrorCode, details: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...details } });
  }
}

export class UnauthenticatedError extends DomainError {
  constructor(message = 'A valid identity is required') {
    super(message, 'UNAUTHENTICATED');
  }
}

export class ForbiddenError extends DomainError {
  constructor(message: string) {
    super(message, 'FORBIDDEN');
  }
}

export class BadUserInputError extends DomainError {
  constructor(message: string, details: Record<string, unknown> = {}) {
    super(message, 'BAD_USER_INPUT', details);
  }
}

export class NotFoundError extends DomainError {
  constructor(what: string, id: string) {
    super(`${what} ${id} was not found`, 'NOT_FOUND', { id });
  }
}

/** A state machine refused a step, e.g. acknowledging a referral that was revoked. */
export class IllegalTransitionError extends DomainError {
  constructor(what: string, from: string, action: string) {
    super(`Cannot ${action}: the ${what} is ${from}`, 'ILLEGAL_TRANSITION', { from, action });
  }
}

export class ConflictError extends DomainError {
  constructor(message: string) {
    super(message, 'CONFLICT');
  }
}
