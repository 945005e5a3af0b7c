import { Migration } from '@mikro-orm/migrations';

/** Jurisdiction disputes: who transferred a petition and when, and who arbitrates an objection. */
export class Migration20261123000040JurisdictionDisputes extends Migration {
  override async up(): Promise<void> {
    for (const status of ['DISPUTED', 'IN_ARBITRATION']) this.addSql(`alter type petition_status add value if not exists '${status}';`);
    this.addSql(`alter table petition
      add column transferred_from_agency_id text,
      add column transferred_at timestamptz,
      add column arbiter_agency_id text;`);
    this.addSql('create index petition_arbiter_agency_id_index on petition (arbiter_agency_id) where arbiter_agency_id is not null;');
  }
}
