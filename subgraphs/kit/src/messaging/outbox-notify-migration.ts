import { Migration } from '@mikro-orm/migrations';
import { OUTBOX_CHANNEL } from './outbox-notifications';

/**
 * Announces committed outbox rows with NOTIFY, once per inserting statement (PostgreSQL folds
 * identical notifications of one transaction into one), so relays sleep until there is work.
 */
export class OutboxNotifyMigration extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create or replace function outbox_message_notify() returns trigger language plpgsql as $$
      begin
        perform pg_notify('${OUTBOX_CHANNEL}', '');
        return null;
      end $$;`);
    this.addSql(`create trigger outbox_message_notify after insert on outbox_message
      for each statement execute function outbox_message_notify();`);
  }

  override async down(): Promise<void> {
    this.addSql('drop trigger if exists outbox_message_notify on outbox_message;');
    this.addSql('drop function if exists outbox_message_notify();');
  }
}

export const outboxNotifyMigration = { name: 'Migration00000000000001_outbox_notify', class: OutboxNotifyMigration };
