import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * An event a consumer group has already applied (inbox). Written in the same transaction
 * as the event's effect, so a redelivered event is recognised and changes nothing.
 */
@Entity({ tableName: 'inbox_entry' })
export class InboxEntry {
  @PrimaryKey({ type: 'text' })
  consumerGroup!: string;

  @PrimaryKey({ type: 'uuid' })
  eventId!: string;

  @Property({ type: 'text' })
  eventType!: string;

  @Property({ type: 'datetime' })
  processedAt: Date = new Date();
}
