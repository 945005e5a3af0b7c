import { Migration } from '@mikro-orm/migrations';

/** Return visits and the petitioner's rating, the "looking back" resolution, and the public lookup's lock. */
export class Migration20261123000050ReturnVisits extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type satisfaction as enum ('SATISFIED', 'BASICALLY_SATISFIED', 'DISSATISFIED');`);
    this.addSql(`alter table petition
      add column satisfaction satisfaction,
      add column satisfaction_comment text,
      add column rated_at timestamptz,
      add column return_visited_at timestamptz,
      add column looking_back_resolved_at timestamptz,
      add column looking_back_resolution text,
      add column lookup_failures int not null default 0,
      add column lookup_locked_at timestamptz;`);
    this.addSql(`create index petition_dissatisfied_index on petition (handling_agency_id, rated_at desc) where satisfaction = 'DISSATISFIED';`);
  }
}
