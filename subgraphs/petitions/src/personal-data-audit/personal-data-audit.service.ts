import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Identity } from '@xinfang/kit';
import { PersonalDataAccess } from './personal-data-access.entity';
import type { PersonalDataOperation } from './personal-data-access.entity';

export interface PersonalDataRead {
  operation: PersonalDataOperation;
  purpose: string;
  subjectType: 'Petitioner' | 'Person';
  subjectId: string;
  petitionId?: string | null;
  fields: readonly string[];
}

/**
 * Writes the audit entry of a read at once, in its own statement, before anything is shown:
 * a read whose entry cannot be written is not answered.
 */
export async function recordPersonalDataRead(em: EntityManager, caller: Identity, read: PersonalDataRead): Promise<void> {
  await em.insert(PersonalDataAccess, {
    id: randomUUID(),
    at: new Date(),
    userId: caller.userId,
    userName: caller.name,
    agencyId: caller.agencyId,
    roles: [...caller.roles],
    operation: read.operation,
    purpose: read.purpose.trim(),
    subjectType: read.subjectType,
    subjectId: read.subjectId,
    petitionId: read.petitionId ?? null,
    fields: [...read.fields],
  });
}
