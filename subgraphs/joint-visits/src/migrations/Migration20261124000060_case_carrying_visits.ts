import { Migration } from '@mikro-orm/migrations';

export class Migration20261124000060CaseCarryingVisits extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type case_carrying_visit_reason as enum ('LONG_TERM_HARD_TO_RESOLVE', 'PETITIONER_ASKED', 'PETITIONER_OLD_WEAK_OR_IMMOBILE', 'OTHER');`);
    this.addSql(`create table case_carrying_visit (
      id uuid primary key,
      petition_id uuid not null,
      agency_id text not null,
      leader_staff_id text not null,
      visited_at timestamptz not null,
      visit_date date not null,
      place text not null,
      companion_staff_ids text[] not null,
      reason case_carrying_visit_reason not null,
      reason_text text null,
      analysis text not null,
      help_given text not null,
      follow_ups jsonb not null,
      privacy_protected boolean not null,
      privacy_note text not null,
      recorded_by text not null,
      recorded_at timestamptz not null,
      constraint case_carrying_visit_other_says_why check (reason <> 'OTHER' or coalesce(btrim(reason_text), '') <> ''),
      constraint case_carrying_visit_privacy_affirmed check (privacy_protected),
      constraint case_carrying_visit_once_a_day unique (petition_id, leader_staff_id, visit_date)
    );`);
    this.addSql('create index case_carrying_visit_petition_id_index on case_carrying_visit (petition_id);');
    this.addSql('create index case_carrying_visit_leader_staff_id_visit_date_index on case_carrying_visit (leader_staff_id, visit_date);');
    this.addSql(`create table case_carrying_visit_quota (
      agency_id text not null,
      year int not null,
      visits_per_year int not null,
      set_by text not null,
      set_at timestamptz not null,
      primary key (agency_id, year),
      constraint case_carrying_visit_quota_year check (year = 0 or year between 2000 and 2100),
      constraint case_carrying_visit_quota_visits check (visits_per_year between 1 and 366)
    );`);
  }

  override async down(): Promise<void> {
    this.addSql('drop table case_carrying_visit_quota;');
    this.addSql('drop table case_carrying_visit;');
    this.addSql('drop type case_carrying_visit_reason;');
  }
}
