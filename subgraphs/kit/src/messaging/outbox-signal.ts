import type { EventSubscriber, TransactionEventArgs } from '@mikro-orm/core';

/**
 * Wakes the outbox relay the moment a transaction commits, so an event is published in
 * milliseconds rather than at the next poll. The relay runs in the process that writes
 * the outbox, so an in-process signal suffices; the relay's timed poll covers the rest
 * (rows written by another replica, or while the relay was backing off).
 */
export class OutboxSignal implements EventSubscriber {
  private listeners = new Set<() => void>();

  onCommit(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  afterTransactionCommit(_args: TransactionEventArgs): void {
    for (const listener of this.listeners) listener();
  }
}
