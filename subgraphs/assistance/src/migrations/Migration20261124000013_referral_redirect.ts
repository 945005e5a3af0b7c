import { Migration } from '@mikro-orm/migrations';

/** A declined referral redirected to another partner: a new referral linked both ways, the old one REDIRECTED. */
export class Migration20261124000013ReferralRedirect extends Migration {
  override async up(): Promise<void> {
    // A new status: the type is replaced rather than extended, so the migration stays one transaction.
    this.addSql('alter type referral_status rename to referral_status_v1;');
    this.addSql(`create type referral_status as enum ('ISSUED', 'ACKNOWLEDGED', 'ACCEPTED', 'DECLINED', 'IN_PROGRESS', 'COMPLETED', 'REVOKED', 'REDIRECTED');`);
    this.addSql('alter table referral alter column status type referral_status using status::text::referral_status;');
    this.addSql('drop type referral_status_v1;');
    this.addSql('alter table referral add column redirected_from_id uuid null references referral (id), add column redirected_to_id uuid null references referral (id);');
    this.addSql('create unique index referral_redirected_from_index on referral (redirected_from_id) where redirected_from_id is not null;');
  }

  override async down(): Promise<void> {
    this.addSql('alter table referral drop column redirected_from_id, drop column redirected_to_id;');
  }
}
