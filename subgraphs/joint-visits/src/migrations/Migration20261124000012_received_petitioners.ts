import { Migration } from '@mikro-orm/migrations';

/** Petitioners of received petitions by the keyed hash of their ID number, to find a returning petitioner's petitions. */
export class Migration20261124000012ReceivedPetitioners extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table received_petitioner (
      petition_id uuid not null,
      id_number_hash text not null,
      primary key (petition_id, id_number_hash)
    );`);
    this.addSql('create index received_petitioner_id_number_hash_index on received_petitioner (id_number_hash);');
  }

  override async down(): Promise<void> {
    this.addSql('drop table received_petitioner;');
  }
}
