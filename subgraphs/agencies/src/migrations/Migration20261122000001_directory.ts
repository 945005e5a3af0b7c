import { Migration } from '@mikro-orm/migrations';
import { announceExistingAgencies } from '../directory/announce-existing-agencies';
import type { UnannouncedAgencyRow } from '../directory/announce-existing-agencies';

/**
 * Staff, agencies that can be deactivated and versioned, and the first announcement of
 * every agency already in a kept database: from here on each change announces itself.
 */
export class Migration20261122000001Directory extends Migration {
  override async up(): Promise<void> {
    // Read before the columns change: every existing agency is announced as it stands.
    const existing = await this.execute('select id, name, english_name, type, level, parent_id, region_code, created_at from agency order by created_at, id') as unknown as UnannouncedAgencyRow[];
    await this.execute(`alter table agency
      add column active boolean not null default true,
      add column version int not null default 1,
      add column updated_at timestamptz null;`);
    await this.execute('update agency set updated_at = created_at;');
    await this.execute('alter table agency alter column updated_at set not null;');
    await this.execute(`create table staff (
      id text primary key,
      name text not null,
      agency_id text not null references agency (id),
      department text null,
      title text null,
      roles text[] not null,
      is_leader boolean not null default false,
      active boolean not null default true,
      created_at timestamptz not null,
      updated_at timestamptz not null,
      version int not null default 1
    );`);
    await this.execute('create index staff_agency_id_index on staff (agency_id);');
    const em = this.getEntityManager();
    announceExistingAgencies(em, existing);
    await em.flush();
  }

  override async down(): Promise<void> {
    this.addSql('drop table staff;');
    this.addSql('alter table agency drop column updated_at, drop column version, drop column active;');
  }
}
