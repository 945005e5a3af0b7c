import { Migration } from '@mikro-orm/migrations';

export class Migration20261124000061ContactPoints extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type contact_point_kind as enum ('TOWNSHIP', 'COMMUNITY');`);
    this.addSql(`create table contact_point (
      id uuid primary key,
      kind contact_point_kind not null,
      name text not null,
      address text not null,
      agency_id text not null,
      liaison_staff_ids text[] not null,
      visiting_days jsonb not null,
      active boolean not null default true,
      created_by text not null,
      created_at timestamptz not null,
      updated_at timestamptz not null
    );`);
    this.addSql('create index contact_point_agency_id_active_index on contact_point (agency_id, active);');
    this.addSql(`create table contact_point_petition (
      petition_id uuid primary key,
      contact_point_id uuid not null references contact_point (id),
      linked_by text not null,
      linked_at timestamptz not null
    );`);
    this.addSql('create index contact_point_petition_contact_point_id_linked_at_index on contact_point_petition (contact_point_id, linked_at);');
  }

  override async down(): Promise<void> {
    this.addSql('drop table contact_point_petition;');
    this.addSql('drop table contact_point;');
    this.addSql('drop type contact_point_kind;');
  }
}
