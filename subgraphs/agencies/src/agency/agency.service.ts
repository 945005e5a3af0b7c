import { randomUUID } from 'node:crypto';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ConflictError, NotFoundError, assertExpectedVersion } from '@xinfang/kit';
import type { DirectoryOrigin } from '../directory/announce';
import { changedFields, patchFrom } from '../directory/record-patch';
import { announceAgencyRegistered, announceAgencyUpdated } from './agency-announcements';
import { assertParentAllowed } from './agency-hierarchy';
import { Agency } from './agency.entity';
import type { RegisterAgencyInput } from './register-agency.input';
import type { UpdateAgencyInput } from './update-agency.input';

/** Adds an agency and queues AgencyRegistered in the same flush. */
export async function registerAgency(em: EntityManager, input: RegisterAgencyInput, origin: DirectoryOrigin): Promise<Agency> {
  if (input.parentId) await assertParentAllowed(em, null, input.parentId);
  const agency = em.create(Agency, { ...input, id: input.id ?? randomUUID(), parentId: input.parentId ?? null });
  em.persist(agency);
  announceAgencyRegistered(em, agency, origin);
  try {
    await em.flush();
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) throw new ConflictError(`Agency ${agency.id} already exists`);
    throw error;
  }
  return agency;
}

/** Changes an agency (incl. deactivating it) and queues AgencyUpdated in the same flush; no change, no event. */
export async function updateAgency(em: EntityManager, id: string, input: UpdateAgencyInput, expectedVersion: number | null | undefined, origin: DirectoryOrigin): Promise<Agency> {
  const agency = await em.findOne(Agency, { id });
  if (!agency) throw new NotFoundError('Agency', id);
  assertExpectedVersion('agency', agency.version, expectedVersion);
  const patch = patchFrom(input, ['parentId']) as Partial<Agency>;
  const changed = changedFields(agency, patch);
  if (changed.length === 0) return agency;
  if (changed.includes('parentId') && patch.parentId) await assertParentAllowed(em, agency.id, patch.parentId);
  em.assign(agency, { ...patch, updatedAt: new Date() });
  announceAgencyUpdated(em, agency, changed, origin);
  await em.flush();
  return agency;
}
