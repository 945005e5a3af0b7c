import type { RequestContext } from '@xinfang/kit';
import type { Staff } from './staff.entity';
import { staffById } from './staff.loaders';

/** Resolves `{ __typename: "Staff", id }` from other subgraphs, batched per request. */
export async function resolveStaffReference(reference: Pick<Staff, 'id'>, context: RequestContext): Promise<Staff | null> {
  return staffById(context).load(reference.id);
}
