import { randomUUID } from 'node:crypto';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { BadUserInputError, ConflictError, NotFoundError, assertExpectedVersion, flushAudited } from '@xinfang/kit';
import type { Identity } from '@xinfang/kit';
import { Agency } from '../agency/agency.entity';
import type { DirectoryOrigin } from '../directory/announce';
import { changedFields, patchFrom } from '../directory/record-patch';
import type { RegisterStaffInput } from './register-staff.input';
import type { UpdateStaffInput } from './update-staff.input';
import { announceStaffRegistered, announceStaffUpdated } from './staff-announcements';
import { staffProblems } from './staff-rules';
import type { StaffShape } from './staff-rules';
import { Staff } from './staff.entity';

/** People join, and move to, agencies that take part. */
async function assertActiveAgency(em: EntityManager, agencyId: string): Promise<void> {
  const agency = await em.findOne(Agency, { id: agencyId });
  if (!agency?.active) {
    const problem = agency ? `Agency ${agencyId} is no longer active` : `Agency ${agencyId} does not exist`;
    throw new BadUserInputError(problem, { field: 'agencyId', invalidFields: [{ field: 'agencyId', problems: [problem] }] });
  }
}

function assertCoherent(staff: StaffShape): void {
  const invalidFields = staffProblems(staff);
  if (invalidFields.length > 0) {
    throw new BadUserInputError(invalidFields.flatMap((field) => field.problems).join('; '), { field: invalidFields[0]!.field, invalidFields });
  }
}

/** Registers a person and queues StaffRegistered in the same flush. */
export async function registerStaff(em: EntityManager, input: RegisterStaffInput, origin: DirectoryOrigin): Promise<Staff> {
  const fields = { ...input, department: input.department?.trim() || null, title: input.title?.trim() || null, roles: [...new Set(input.roles)] };
  assertCoherent(fields);
  await assertActiveAgency(em, input.agencyId);
  const staff = em.create(Staff, { ...fields, id: input.id ?? randomUUID() });
  em.persist(staff);
  announceStaffRegistered(em, staff, origin);
  try {
    await em.flush();
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) throw new ConflictError(`Staff member ${staff.id} already exists`);
    throw error;
  }
  return staff;
}

/** Changes a person's record (incl. deactivating it) and queues StaffUpdated in the same flush; no change, no event. */
/** What decides what a person may see and do: a change to any of these is audited (by name, never the value). */
const ROLE_SENSITIVE: readonly string[] = ['roles', 'isLeader', 'agencyId', 'active'];

export async function updateStaff(em: EntityManager, id: string, input: UpdateStaffInput, expectedVersion: number | null | undefined, origin: DirectoryOrigin, actor: Identity | null = null): Promise<Staff> {
  const staff = await em.findOne(Staff, { id });
  if (!staff) throw new NotFoundError('Staff member', id);
  assertExpectedVersion('staff record', staff.version, expectedVersion);
  const changes: Partial<Staff> = patchFrom(input, ['department', 'title']);
  if (changes.roles) changes.roles = [...new Set(changes.roles)];
  for (const key of ['department', 'title'] as const) if (typeof changes[key] === 'string') changes[key] = changes[key].trim() || null;
  const changed = changedFields(staff, changes);
  if (changed.length === 0) return staff;
  assertCoherent({ roles: changes.roles ?? staff.roles, isLeader: changes.isLeader ?? staff.isLeader, title: changes.title !== undefined ? changes.title : staff.title });
  if (changed.includes('agencyId')) await assertActiveAgency(em, changes.agencyId!);
  em.assign(staff, { ...changes, updatedAt: new Date() });
  announceStaffUpdated(em, staff, changed, origin);
  const sensitive = changed.filter((field) => ROLE_SENSITIVE.includes(field));
  if (sensitive.length > 0) await flushAudited(em, actor, { operation: 'CHANGE', subjectType: 'Staff', subjectId: staff.id, fields: sensitive });
  else await em.flush();
  return staff;
}
