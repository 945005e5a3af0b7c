import { Migration } from '@mikro-orm/migrations';

/**
 * Every subgraph's copy of the agency directory and its staff, fed by `agencies.directory.v1`.
 * No foreign key from staff to agency: the two travel under different keys, so a person may
 * arrive before their agency.
 */
export class DirectoryProjectionMigration extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table if not exists directory_agency (
      id text primary key,
      name text not null,
      type text not null,
      level text not null,
      parent_id text null,
      active boolean not null,
      revision int not null,
      changed_at timestamptz not null
    );`);
    this.addSql(`create table if not exists directory_staff (
      id text primary key,
      agency_id text not null,
      name text not null,
      department text null,
      title text null,
      roles text[] not null,
      is_leader boolean not null,
      active boolean not null,
      revision int not null,
      changed_at timestamptz not null
    );`);
    this.addSql('create index if not exists directory_staff_agency_id_index on directory_staff (agency_id);');
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists directory_staff;');
    this.addSql('drop table if exists directory_agency;');
  }
}

export const directoryMigration = { name: 'Migration00000000000020_directory', class: DirectoryProjectionMigration };
