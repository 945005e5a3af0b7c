import type { EntityManager } from '@mikro-orm/postgresql';
import { BadUserInputError } from '@xinfang/kit';
import { Agency } from './agency.entity';

/** Deeper than any real line of superiors (national, provincial, municipal, county, ...). */
const MAX_DEPTH = 16;

/**
 * A superior (上级机关) must exist, and for an existing agency must not be the agency itself
 * or one below it: the hierarchy stays a tree, so `parent` chains always end.
 */
export async function assertParentAllowed(em: EntityManager, agencyId: string | null, parentId: string): Promise<void> {
  let current = await em.findOne(Agency, { id: parentId });
  if (!current) throw new BadUserInputError(`Parent agency ${parentId} does not exist`, { field: 'parentId' });
  for (let depth = 0; current && depth < MAX_DEPTH; depth++) {
    if (current.id === agencyId) {
      throw new BadUserInputError(`Agency ${parentId} is ${agencyId} itself or below it, so it cannot be its superior`, { field: 'parentId' });
    }
    current = current.parentId ? await em.findOne(Agency, { id: current.parentId }) : null;
  }
}
