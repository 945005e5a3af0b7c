import { Migration } from '@mikro-orm/migrations';

/** The history of every matter's steps; every subgraph's migration list carries it after the outbox. */
export class WorkflowHistoryMigration extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table if not exists workflow_history_entry (
      id uuid primary key,
      aggregate_type text not null,
      aggregate_id text not null,
      position int not null,
      action text not null,
      from_status text null,
      to_status text not null,
      actor_user_id text not null,
      actor_name text not null,
      actor_agency_id text not null,
      via text not null check (via in ('API', 'KAFKA')),
      note text null,
      at timestamptz not null
    );`);
    // Not unique on purpose: a second writer of the same position is stopped by the matter's
    // version lock, which callers see as CONFLICT and consumers retry, not by a unique violation.
    this.addSql('create index if not exists workflow_history_entry_aggregate_index on workflow_history_entry (aggregate_type, aggregate_id, position);');
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists workflow_history_entry;');
  }
}

export const workflowHistoryMigration = { name: 'Migration00000000000002_workflow_history', class: WorkflowHistoryMigration };
