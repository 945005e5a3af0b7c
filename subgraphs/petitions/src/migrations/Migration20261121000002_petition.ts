import { Migration } from '@mikro-orm/migrations';

export class Migration20261121000002Petition extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type petition_channel as enum ('LETTER', 'IN_PERSON', 'HOTLINE_12309', 'ONLINE', 'PHONE', 'FAX');`);
    this.addSql(`create type petition_category as enum ('ACCUSATION', 'APPEAL', 'REPORT', 'REQUEST', 'SUGGESTION');`);
    this.addSql(`create type petition_status as enum ('REGISTERED', 'ACCEPTED', 'DECLINED', 'TRANSFERRED', 'RESULT_RECORDED', 'CLOSED');`);
    this.addSql(`create table petition (
      id uuid primary key,
      tracking_number text not null unique,
      access_code_hash text not null,
      channel petition_channel not null,
      category petition_category not null,
      petitioner_name text not null,
      head_count int not null check (head_count >= 1),
      summary text not null,
      receiving_agency_id text not null,
      status petition_status not null,
      received_at timestamptz not null,
      registered_by text not null,
      created_at timestamptz not null
    );`);
    this.addSql('create index petition_receiving_agency_received_at_index on petition (receiving_agency_id, received_at desc, id desc);');
  }

  override async down(): Promise<void> {
    this.addSql('drop table petition;');
    this.addSql('drop type petition_status;');
    this.addSql('drop type petition_category;');
    this.addSql('drop type petition_channel;');
  }
}
