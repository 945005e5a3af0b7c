import type { EntityManager } from '@mikro-orm/postgresql';
import { seedDemoAgencies } from './agency/demo-city';
import { seedDemoStaff } from './staff/seed-demo-staff';

/** The demo city (Bengbu, 蚌埠): its agencies, then their people, all announced like any registration. */
export async function seedDemoCity(em: EntityManager): Promise<void> {
  await seedDemoAgencies(em);
  await seedDemoStaff(em);
}
