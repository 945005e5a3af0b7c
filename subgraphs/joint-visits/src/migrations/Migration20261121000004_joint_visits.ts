import { Migration } from '@mikro-orm/migrations';

export class Migration20261121000004JointVisits extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type assignment_status as enum ('ASSIGNED', 'IN_PROGRESS', 'COMPLETED');`);
    this.addSql(`create table joint_visit_session (
      id uuid primary key,
      title text not null,
      location text not null,
      starts_at timestamptz not null,
      ends_at timestamptz not null,
      organizer_agency_id text not null,
      participating_agency_ids text[] not null,
      created_by text not null,
      created_at timestamptz not null,
      constraint joint_visit_session_ends_after_start check (ends_at > starts_at)
    );`);
    this.addSql('create index joint_visit_session_starts_at_ends_at_index on joint_visit_session (starts_at, ends_at);');
    this.addSql(`create table assignment (
      id uuid primary key,
      session_id uuid null references joint_visit_session (id),
      petition_id uuid not null,
      assignee_agency_id text not null,
      assigned_by_agency_id text not null,
      task text not null,
      due_at timestamptz not null,
      status assignment_status not null,
      last_progress_note text null,
      outcome text null,
      last_reported_by text null,
      completed_at timestamptz null,
      created_by text not null,
      created_at timestamptz not null,
      updated_at timestamptz not null,
      version int not null default 1
    );`);
    this.addSql('create index assignment_petition_id_index on assignment (petition_id);');
    this.addSql('create index assignment_session_id_index on assignment (session_id);');
    this.addSql('create index assignment_inbox_index on assignment (assignee_agency_id, status, created_at desc, id desc);');
  }

  override async down(): Promise<void> {
    this.addSql('drop table assignment;');
    this.addSql('drop table joint_visit_session;');
    this.addSql('drop type assignment_status;');
  }
}
