import { Migration } from '@mikro-orm/migrations';

export class Migration20261121000001Agency extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type agency_type as enum ('PROCURATORATE', 'COURT', 'POLICE', 'POLITICAL_LEGAL_COMMISSION', 'CIVIL_AFFAIRS', 'WOMENS_FEDERATION', 'DISABLED_PERSONS_FEDERATION', 'EDUCATION', 'HUMAN_RESOURCES', 'HEALTH', 'JUSTICE_BUREAU');`);
    this.addSql(`create type agency_level as enum ('NATIONAL', 'PROVINCIAL', 'MUNICIPAL', 'COUNTY');`);
    this.addSql(`create table agency (
      id text primary key,
      name text not null,
      english_name text not null,
      type agency_type not null,
      level agency_level not null,
      parent_id text null references agency (id),
      region_code text not null,
      region_name text not null,
      created_at timestamptz not null
    );`);
    this.addSql('create index agency_type_index on agency (type);');
    this.addSql('create index agency_parent_id_index on agency (parent_id);');
  }

  override async down(): Promise<void> {
    this.addSql('drop table agency;');
    this.addSql('drop type agency_level;');
    this.addSql('drop type agency_type;');
  }
}
