import type { EntityManager } from '@mikro-orm/postgresql';
import { StaffRegistered, StaffUpdated, stepEvent } from '@xinfang/kit';
import { announce } from '../directory/announce';
import type { DirectoryOrigin } from '../directory/announce';
import type { Staff } from './staff.entity';

/** The person as directory events carry them: the whole record at `revision`. Names and posts of officials, nothing private. */
export function staffRecord(staff: Staff, revision: number) {
  return {
    staffId: staff.id,
    agencyId: staff.agencyId,
    name: staff.name,
    department: staff.department,
    title: staff.title,
    roles: [...staff.roles],
    isLeader: staff.isLeader,
    active: staff.active,
    revision,
    changedAt: staff.updatedAt.toISOString(),
  };
}

/** StaffRegistered for a new person, saved by the caller's next flush (at version 1). */
export function announceStaffRegistered(em: EntityManager, staff: Staff, origin: DirectoryOrigin): void {
  announce(em, stepEvent(StaffRegistered, staffRecord(staff, staff.version)), staff.id, origin);
}

/** StaffUpdated for a change about to be flushed: the flush gives the record version + 1 (version lock). */
export function announceStaffUpdated(em: EntityManager, staff: Staff, changedFields: string[], origin: DirectoryOrigin): void {
  announce(em, stepEvent(StaffUpdated, { ...staffRecord(staff, staff.version + 1), changedFields }), staff.id, origin);
}
