import { Migration } from '@mikro-orm/migrations';

/** An overdue referral escalated to the partner agency's superior: to whom and when. */
export class Migration20261124000012ReferralEscalation extends Migration {
  override async up(): Promise<void> {
    this.addSql('alter table referral add column escalated_to_agency_id text null, add column escalated_at timestamptz null;');
  }

  override async down(): Promise<void> {
    this.addSql('alter table referral drop column escalated_to_agency_id, drop column escalated_at;');
  }
}
