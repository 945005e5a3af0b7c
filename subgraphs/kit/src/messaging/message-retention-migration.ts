import { Migration } from '@mikro-orm/migrations';

/** What the pruner looks up: sent outbox rows by when they were sent, inbox entries by age. */
export class MessageRetentionMigration extends Migration {
  override async up(): Promise<void> {
    this.addSql('create index if not exists outbox_message_sent_idx on outbox_message (sent_at) where sent_at is not null;');
    this.addSql('create index if not exists inbox_entry_processed_idx on inbox_entry (processed_at);');
  }

  override async down(): Promise<void> {
    this.addSql('drop index if exists inbox_entry_processed_idx;');
    this.addSql('drop index if exists outbox_message_sent_idx;');
  }
}

export const messageRetentionMigration = { name: 'Migration00000000000050_message_retention', class: MessageRetentionMigration };
