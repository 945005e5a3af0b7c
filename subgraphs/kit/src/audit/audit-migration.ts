import { Migration } from '@mikro-orm/migrations';

/**
 * The audit log (审计日志) of every subgraph: who, for which agency, when, what operation, on
 * whose record, which fields and why; never a value. Append-only in the database itself: a
 * trigger refuses UPDATE, DELETE and TRUNCATE, because the embedded PostgreSQL runs every
 * subgraph as its owner, so revoking privileges from the application's user would prove nothing.
 */
export class AuditLogMigration extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table if not exists audit_entry (
      id uuid primary key,
      seq bigserial not null,
      at timestamptz not null,
      actor_id text not null,
      actor_name text not null,
      agency_id text not null,
      roles text[] not null,
      operation text not null check (operation in ('READ_UNMASKED', 'DENIED', 'EXPORT', 'IMPORT', 'CHANGE')),
      subject_type text not null,
      subject_id text null,
      fields text[] not null default '{}',
      purpose text null,
      criteria jsonb null
    );`);
    this.addSql('create index if not exists audit_entry_at_index on audit_entry (at);');
    this.addSql('create index if not exists audit_entry_subject_index on audit_entry (subject_type, subject_id);');
    this.addSql(`create or replace function audit_entry_append_only() returns trigger language plpgsql as $$
      begin
        raise exception 'audit_entry is append-only: % is not allowed', tg_op;
      end $$;`);
    this.addSql(`create trigger audit_entry_no_change before update or delete on audit_entry
      for each row execute function audit_entry_append_only();`);
    this.addSql(`create trigger audit_entry_no_truncate before truncate on audit_entry
      for each statement execute function audit_entry_append_only();`);
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists audit_entry;');
    this.addSql('drop function if exists audit_entry_append_only();');
  }
}

export const auditLogMigration = { name: 'Migration00000000000060_audit_log', class: AuditLogMigration };
