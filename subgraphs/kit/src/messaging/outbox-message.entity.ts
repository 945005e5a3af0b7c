import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * An event waiting to be published (transactional outbox). It is written in the same
 * transaction as the state change it describes, so the two cannot disagree; the relay
 * publishes it to Kafka afterwards and stamps `sentAt`.
 */
@Entity({ tableName: 'outbox_message' })
@Index({ properties: ['seq'], options: { where: 'sent_at is null' } })
export class OutboxMessage {
  /** The event id (also in the envelope). */
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  /** Assigned by the database; the relay publishes in this order. */
  @Property({ type: 'bigint', persist: false, nullable: true })
  seq?: string;

  @Property({ type: 'text' })
  topic!: string;

  /** The aggregate id: Kafka key, so one matter's events stay on one partition, in order. */
  @Property({ type: 'text' })
  messageKey!: string;

  @Property({ type: 'text' })
  eventType!: string;

  @Property({ type: 'json' })
  payload!: unknown;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', nullable: true })
  sentAt: Date | null = null;

  @Property({ type: 'integer' })
  attempts = 0;

  @Property({ type: 'text', nullable: true })
  lastError: string | null = null;
}
