import { Migration } from '@mikro-orm/migrations';

/**
 * Assignments become parts of one decision (lead and co-handlers) with a term in working days
 * on a stored clock, may be sent back or extended, and carry the commission's supervision.
 * Rows from before are each a decision of their own, led by their assignee.
 */
export class Migration20261124000011AssignmentDecisions extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter type assignment_status add value if not exists 'SENT_BACK';`);
    this.addSql(`create type assignee_role as enum ('LEAD', 'CO_HANDLER');`);
    this.addSql(`alter table assignment
      add column decision_id uuid null,
      add column decision_agency_ids text[] null,
      add column role assignee_role not null default 'LEAD',
      add column assigned_at timestamptz null,
      add column working_days int not null default 15,
      add column needs_personal_data boolean not null default false,
      add column overdue_since timestamptz null,
      add column pending_extension_days int null,
      add column pending_extension_reason text null,
      add column sent_back_reason text null,
      add column reminder_count int not null default 0,
      add column last_reminded_at timestamptz null,
      add column escalated_to_agency_id text null,
      add column escalated_to_staff_id text null,
      add column supervision_note text null;`);
    this.addSql('update assignment set decision_id = id, decision_agency_ids = array[assignee_agency_id], assigned_at = created_at;');
    this.addSql('alter table assignment alter column decision_id set not null, alter column decision_agency_ids set not null, alter column assigned_at set not null;');
    this.addSql('create index assignment_decision_id_index on assignment (decision_id);');
    // The commission's overdue list: its open assignments found overdue, by due date.
    this.addSql(`create index assignment_overdue_index on assignment (assigned_by_agency_id, due_at, id) where overdue_since is not null and status in ('ASSIGNED', 'IN_PROGRESS');`);
  }

  override async down(): Promise<void> {
    this.addSql('drop index assignment_overdue_index;');
    this.addSql('drop index assignment_decision_id_index;');
    this.addSql(`alter table assignment drop column decision_id, drop column decision_agency_ids, drop column role, drop column assigned_at, drop column working_days, drop column needs_personal_data,
      drop column overdue_since, drop column pending_extension_days, drop column pending_extension_reason, drop column sent_back_reason, drop column reminder_count,
      drop column last_reminded_at, drop column escalated_to_agency_id, drop column escalated_to_staff_id, drop column supervision_note;`);
    this.addSql('drop type assignee_role;');
  }
}
