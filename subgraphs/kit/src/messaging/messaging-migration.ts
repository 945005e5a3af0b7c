import { Migration } from '@mikro-orm/migrations';

/** Outbox and inbox tables; every subgraph's migration list starts with this. */
export class MessagingTablesMigration extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table if not exists outbox_message (
      id uuid primary key,
      seq bigserial not null,
      topic text not null,
      message_key text not null,
      event_type text not null,
      payload jsonb not null,
      created_at timestamptz not null,
      sent_at timestamptz null,
      attempts int not null default 0,
      last_error text null
    );`);
    this.addSql('create index if not exists outbox_message_pending_idx on outbox_message (seq) where sent_at is null;');
    this.addSql(`create table if not exists inbox_entry (
      consumer_group text not null,
      event_id uuid not null,
      event_type text not null,
      processed_at timestamptz not null,
      primary key (consumer_group, event_id)
    );`);
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists inbox_entry;');
    this.addSql('drop table if exists outbox_message;');
  }
}

export const messagingMigration = { name: 'Migration00000000000000_messaging', class: MessagingTablesMigration };
