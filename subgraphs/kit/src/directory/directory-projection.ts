import type { EntityManager } from '@mikro-orm/postgresql';
import type { z } from 'zod';
import type { AgencyRegistered, StaffRegistered } from '../events/contracts/directory-events';

export type AgencyRecord = z.infer<(typeof AgencyRegistered)['schema']>['data'];
export type StaffRecord = z.infer<(typeof StaffRegistered)['schema']>['data'];

/**
 * Writes a record into the projection unless the row already holds the same or a newer
 * revision: events of one agency stay in order on their partition, but a re-announcement
 * (the backfill) or a replay from another group's offsets must never undo a later change.
 * One statement, so two writers cannot interleave between a read and a write.
 * Returns whether the row changed.
 */
export async function projectAgency(em: EntityManager, agency: AgencyRecord): Promise<boolean> {
  const rows = await em.execute<unknown[]>(
    `insert into directory_agency (id, name, type, level, parent_id, active, revision, changed_at)
     values (?, ?, ?, ?, ?, ?, ?, ?)
     on conflict (id) do update set name = excluded.name, type = excluded.type, level = excluded.level,
       parent_id = excluded.parent_id, active = excluded.active, revision = excluded.revision, changed_at = excluded.changed_at
     where directory_agency.revision < excluded.revision
     returning id`,
    [agency.agencyId, agency.name, agency.type, agency.level, agency.parentId, agency.active, agency.revision, agency.changedAt],
  );
  return rows.length > 0;
}

/** As `projectAgency`, for a member of staff. Roles travel as JSON: a list is not a single SQL parameter. */
export async function projectStaff(em: EntityManager, staff: StaffRecord): Promise<boolean> {
  const rows = await em.execute<unknown[]>(
    `insert into directory_staff (id, agency_id, name, department, title, roles, is_leader, active, revision, changed_at)
     values (?, ?, ?, ?, ?, array(select jsonb_array_elements_text(?::jsonb)), ?, ?, ?, ?)
     on conflict (id) do update set agency_id = excluded.agency_id, name = excluded.name, department = excluded.department,
       title = excluded.title, roles = excluded.roles, is_leader = excluded.is_leader, active = excluded.active,
       revision = excluded.revision, changed_at = excluded.changed_at
     where directory_staff.revision < excluded.revision
     returning id`,
    [staff.staffId, staff.agencyId, staff.name, staff.department, staff.title, JSON.stringify(staff.roles), staff.isLeader, staff.active, staff.revision, staff.changedAt],
  );
  return rows.length > 0;
}
