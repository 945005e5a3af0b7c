import { ConnectionException, DeadlockException, LockWaitTimeoutException } from '@mikro-orm/core';

const TRANSIENT_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', '57P01', '57P02', '57P03', '53300', '40001']);

/**
 * Failures of the machinery, not of the event: the database is down or restarting, a
 * connection broke, a deadlock or serialization conflict, Kafka unreachable. Retrying later will succeed, so
 * such an event must wait, never be dead-lettered.
 */
export function isTransient(error: unknown): boolean {
  if (error instanceof ConnectionException || error instanceof DeadlockException || error instanceof LockWaitTimeoutException) return true;
  if (error instanceof Error && error.name === 'KnexTimeoutError') return true; // no connection to be had
  // A handler that talks to Kafka (creating an agency's topics) met a broker that is away.
  if (error instanceof Error && error.name.startsWith('KafkaJS')) return true;
  const code = (error as { code?: unknown } | null)?.code;
  // SQLSTATE class 08: connection exceptions.
  return typeof code === 'string' && (TRANSIENT_CODES.has(code) || code.startsWith('08'));
}
