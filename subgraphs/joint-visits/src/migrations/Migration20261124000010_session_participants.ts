import { Migration } from '@mikro-orm/migrations';

/** Sessions name each participant's leader on duty, and the petitions received at them. */
export class Migration20261124000010SessionParticipants extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table joint_visit_session add column on_duty_leaders jsonb not null default '[]';`);
    this.addSql('create index joint_visit_session_participants_index on joint_visit_session using gin (participating_agency_ids);');
    this.addSql(`create table session_petition (
      session_id uuid not null references joint_visit_session (id),
      petition_id uuid not null,
      linked_by text not null,
      linked_at timestamptz not null,
      primary key (session_id, petition_id)
    );`);
    this.addSql('create index session_petition_petition_id_index on session_petition (petition_id);');
    this.addSql('create index received_petition_tracking_number_index on received_petition (tracking_number);');
  }

  override async down(): Promise<void> {
    this.addSql('drop index received_petition_tracking_number_index;');
    this.addSql('drop table session_petition;');
    this.addSql('drop index joint_visit_session_participants_index;');
    this.addSql('alter table joint_visit_session drop column on_duty_leaders;');
  }
}
