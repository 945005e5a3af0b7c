import type { EntityManager } from '@mikro-orm/postgresql';
import { announceAgencyRegistered } from './agency-announcements';
import { demoCityAgencies } from './demo-city-agencies';
import { Agency } from './agency.entity';

export { demoCityAgencies } from './demo-city-agencies';

/** Inserts the demo city's agencies, each announced on the directory topic; agencies already there are left as they are. */
export async function seedDemoAgencies(em: EntityManager): Promise<void> {
  const existing = new Set((await em.find(Agency, { id: { $in: demoCityAgencies.map((a) => a.id) } })).map((a) => a.id));
  for (const seed of demoCityAgencies.filter((a) => !existing.has(a.id))) {
    const agency = em.create(Agency, { ...seed, parentId: seed.parentId ?? null });
    em.persist(agency);
    announceAgencyRegistered(em, agency, { agencyId: null });
  }
  await em.flush();
}
