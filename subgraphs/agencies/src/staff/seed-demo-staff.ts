import type { EntityManager } from '@mikro-orm/postgresql';
import { demoStaff } from './demo-staff';
import { announceStaffRegistered } from './staff-announcements';
import { Staff } from './staff.entity';

/**
 * Inserts the demo city's people, each announced on the directory topic; people already
 * there are left as they are (an administrator may have changed them). Runs after the
 * agencies are in, since every person belongs to one.
 */
export async function seedDemoStaff(em: EntityManager): Promise<void> {
  const existing = new Set((await em.find(Staff, { id: { $in: demoStaff.map((member) => member.id) } }, { fields: ['id'] })).map((member) => member.id));
  for (const member of demoStaff.filter((candidate) => !existing.has(candidate.id))) {
    const staff = em.create(Staff, { ...member, roles: [...member.roles] });
    em.persist(staff);
    announceStaffRegistered(em, staff, { agencyId: null });
  }
  await em.flush();
}
