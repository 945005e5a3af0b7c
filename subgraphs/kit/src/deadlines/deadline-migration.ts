import { Migration } from '@mikro-orm/migrations';

/** Stored deadlines and the administrators' calendar corrections, in every subgraph's database. */
export class DeadlineTablesMigration extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table if not exists deadline_clock (
      id uuid primary key,
      rule text not null,
      subject_type text not null,
      subject_id text not null,
      agency_id text not null,
      responsible_id text null,
      started_at timestamptz not null,
      pauses jsonb not null default '[]',
      extensions jsonb not null default '[]',
      due_at timestamptz null,
      due_soon_at timestamptz null,
      met_at timestamptz null,
      missed_at timestamptz null,
      due_soon_sent_at timestamptz null,
      version int not null default 1,
      unique (subject_type, subject_id, rule)
    );`);
    this.addSql('create index if not exists deadline_clock_agency_due_idx on deadline_clock (agency_id, due_at) where met_at is null;');
    this.addSql('create index if not exists deadline_clock_responsible_due_idx on deadline_clock (responsible_id, due_at) where met_at is null;');
    // What the scheduler scans: open clocks not yet announced as due soon or missed.
    this.addSql('create index if not exists deadline_clock_due_soon_idx on deadline_clock (due_soon_at) where met_at is null and due_soon_sent_at is null;');
    this.addSql('create index if not exists deadline_clock_missed_idx on deadline_clock (due_at) where met_at is null and missed_at is null;');
    this.addSql(`create table if not exists calendar_day_override (
      day date primary key,
      kind text not null check (kind in ('WORKING_DAY', 'HOLIDAY')),
      note text null,
      set_by text not null,
      set_at timestamptz not null
    );`);
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists calendar_day_override;');
    this.addSql('drop table if exists deadline_clock;');
  }
}

export const deadlineMigration = { name: 'Migration00000000000010_deadlines', class: DeadlineTablesMigration };
