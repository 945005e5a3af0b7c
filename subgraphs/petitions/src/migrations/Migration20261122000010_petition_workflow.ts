import { Migration } from '@mikro-orm/migrations';

/** First responsibility: the handling agency, handler, reply, result, and a version for steps. */
export class Migration20261122000010PetitionWorkflow extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter type petition_status add value if not exists 'ASSIGNED' before 'RESULT_RECORDED';`);
    for (const status of ['UNDER_REVIEW', 'REVIEWED', 'UNDER_RE_REVIEW', 'FINAL']) this.addSql(`alter type petition_status add value if not exists '${status}';`);
    for (const channel of ['REMOTE_VIDEO', 'TRANSFER', 'JOINT_VISIT']) this.addSql(`alter type petition_channel add value if not exists '${channel}';`);
    for (const category of ['JUDICIAL_ASSISTANCE', 'CONSULTATION', 'OTHER']) this.addSql(`alter type petition_category add value if not exists '${category}';`);
    this.addSql(`alter table petition
      add column handling_agency_id text,
      add column department text,
      add column handler_staff_id text,
      add column accepted_at timestamptz,
      add column declined_at timestamptz,
      add column procedural_reply_sent_at timestamptz,
      add column result text,
      add column legal_basis text,
      add column substantively_resolved boolean,
      add column result_recorded_at timestamptz,
      add column closed_at timestamptz,
      add column reviewing_agency_id text,
      add column re_reviewing_agency_id text,
      add column review_answered_at timestamptz,
      add column final_at timestamptz,
      add column reopen_count int not null default 0,
      add column updated_at timestamptz,
      add column version int not null default 1;`);
    this.addSql('update petition set handling_agency_id = receiving_agency_id, updated_at = created_at;');
    this.addSql('alter table petition alter column handling_agency_id set not null, alter column updated_at set not null;');
    this.addSql('create index petition_handling_agency_status_received_at_index on petition (handling_agency_id, status, received_at desc, id desc);');
    this.addSql('create index petition_handler_index on petition (handler_staff_id, status) where handler_staff_id is not null;');
  }
}
