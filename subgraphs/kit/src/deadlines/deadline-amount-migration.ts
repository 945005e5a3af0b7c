import { Migration } from '@mikro-orm/migrations';

/**
 * A clock keeps the length it started with where a deployment sets the rule's length (the
 * return visit's days), so a changed setting moves no clock already running.
 */
export class DeadlineAmountMigration extends Migration {
  override async up(): Promise<void> {
    this.addSql('alter table deadline_clock add column if not exists amount int null;');
  }

  override async down(): Promise<void> {
    this.addSql('alter table deadline_clock drop column if exists amount;');
  }
}

export const deadlineAmountMigration = { name: 'Migration00000000000040_deadline_amount', class: DeadlineAmountMigration };
