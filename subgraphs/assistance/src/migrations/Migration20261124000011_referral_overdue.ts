import { Migration } from '@mikro-orm/migrations';

/** A referral not acknowledged within its 5 working days is flagged overdue, for the issuer's list. */
export class Migration20261124000011ReferralOverdue extends Migration {
  override async up(): Promise<void> {
    this.addSql('alter table referral add column overdue_since timestamptz null;');
    this.addSql('create index referral_overdue_index on referral (issuing_agency_id, issued_at, id) where overdue_since is not null;');
  }

  override async down(): Promise<void> {
    this.addSql('drop index referral_overdue_index;');
    this.addSql('alter table referral drop column overdue_since;');
  }
}
