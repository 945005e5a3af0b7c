import { Migration } from '@mikro-orm/migrations';

/** Leader packages, risk assessments with their warnings, and public hearings. */
export class Migration20261123000030DifficultCases extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table petition
      add column package_leader_staff_id text,
      add column package_plan text,
      add column package_target_date timestamptz,
      add column packaged_at timestamptz;`);
    this.addSql('create index petition_package_leader_staff_id_index on petition (package_leader_staff_id) where package_leader_staff_id is not null;');
    this.addSql(`create type risk_decision as enum ('NOT_FILING', 'NOT_ARRESTING', 'NOT_PROSECUTING', 'NOT_COMPENSATING', 'WITHDRAWING_CASE', 'CLOSING_APPEAL');`);
    this.addSql(`create type risk_level as enum ('LOW', 'MEDIUM', 'HIGH');`);
    this.addSql(`create table risk_assessment (
      id uuid primary key,
      petition_id uuid not null references petition (id),
      agency_id text not null,
      decision risk_decision not null,
      level risk_level not null,
      reasons text not null,
      measures text not null,
      warning boolean not null,
      assessed_by text not null,
      assessed_by_name text not null,
      assessed_at timestamptz not null,
      acknowledged_by text,
      acknowledged_by_name text,
      acknowledged_at timestamptz
    );`);
    this.addSql('create index risk_assessment_petition_id_index on risk_assessment (petition_id);');
    this.addSql('create index risk_assessment_agency_warning_index on risk_assessment (agency_id, warning, acknowledged_at);');
    this.addSql(`create type hearing_status as enum ('SCHEDULED', 'CONCLUDED');`);
    this.addSql(`create table hearing (
      id uuid primary key,
      petition_id uuid not null references petition (id),
      agency_id text not null,
      scheduled_for timestamptz not null,
      venue text not null,
      participants jsonb not null,
      status hearing_status not null,
      conclusion text,
      opinions jsonb not null,
      scheduled_by_name text not null,
      concluded_at timestamptz
    );`);
    this.addSql('create index hearing_petition_id_index on hearing (petition_id);');
    this.addSql(`create unique index hearing_one_open_per_petition on hearing (petition_id) where status = 'SCHEDULED';`);
  }
}
