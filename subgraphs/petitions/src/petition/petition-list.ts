import type { FilterQuery } from '@mikro-orm/core';
import { requireCaller } from '@xinfang/kit';
import type { RequestContext } from '@xinfang/kit';
import { agencyWhoseWorkIsRead } from './petition-access';
import type { Petition } from './petition.entity';
import type { PetitionsFilter } from './petitions-filter.input';

/**
 * The petitions a list shows, for the `petitions` query and every export of it: received by
 * the caller's own agency unless another (or a handling agency) is named, each agency named
 * checked as its own work, so a superior may list a subordinate's (FORBIDDEN otherwise).
 */
export async function readablePetitionsWhere(context: RequestContext, filter: PetitionsFilter | undefined): Promise<FilterQuery<Petition>> {
  const caller = requireCaller(context);
  const { receivingAgencyId = filter?.handlingAgencyId ? undefined : caller.agencyId, handlingAgencyId, ...rest } = filter ?? {};
  for (const agencyId of [receivingAgencyId, handlingAgencyId]) {
    if (agencyId) await agencyWhoseWorkIsRead(context, agencyId);
  }
  return Object.fromEntries(Object.entries({ ...rest, receivingAgencyId, handlingAgencyId }).filter(([, value]) => value !== undefined)) as FilterQuery<Petition>;
}
