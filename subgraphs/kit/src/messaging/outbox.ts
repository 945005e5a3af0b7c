import type { EntityManager } from '@mikro-orm/postgresql';
import type { EventEnvelope } from '../events/envelope';
import type { EventContract } from '../events/contract';
import { topicOfEvent } from '../events/contract';
import { OutboxMessage } from './outbox-message.entity';

/**
 * Queues an already validated event in the caller's unit of work: it is written by the
 * same flush, in the same transaction, as the state change it announces.
 */
export function enqueueEvent(em: EntityManager, contract: EventContract, event: EventEnvelope): OutboxMessage {
  const message = em.create(OutboxMessage, {
    id: event.id,
    topic: topicOfEvent(contract, event),
    messageKey: event.subject,
    eventType: event.type,
    payload: event,
    createdAt: new Date(),
    sentAt: null,
    attempts: 0,
    lastError: null,
  });
  em.persist(message);
  return message;
}
