import { Migration } from '@mikro-orm/migrations';

export class Migration20261121000005ReceivedPetition extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table received_petition (
      petition_id uuid primary key,
      receiving_agency_id text not null,
      tracking_number text not null,
      received_at timestamptz not null
    );`);
  }

  override async down(): Promise<void> {
    this.addSql('drop table received_petition;');
  }
}
