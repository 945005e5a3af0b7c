import { Migration } from '@mikro-orm/migrations';

/** The agencies petitions were assigned to at joint visits, as joint visits announces them. */
export class Migration20261124000020PetitionAssignees extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table petition_assignee (
      assignment_id uuid primary key,
      petition_id uuid not null,
      agency_id text not null,
      needs_personal_data boolean not null,
      assigned_at timestamptz not null
    );`);
    this.addSql('create index petition_assignee_petition_id_index on petition_assignee (petition_id);');
  }

  override async down(): Promise<void> {
    this.addSql('drop table petition_assignee;');
  }
}
