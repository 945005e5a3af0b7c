import { groupBy } from '@xinfang/kit';
import type { RequestContext } from '@xinfang/kit';
import { Staff } from './staff.entity';

/** People by id, one query per request however many are asked for; unknown ids resolve to null. */
export function staffById(context: RequestContext) {
  return context.loader<string, Staff | null>('staffById', async (ids) => {
    const rows = await context.em.find(Staff, { id: { $in: [...ids] } });
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

/** The staff of many agencies in one query: leaders first, then by name. */
export function staffByAgency(context: RequestContext, includeInactive: boolean) {
  return context.loader<string, Staff[]>(`staffByAgency:${includeInactive}`, async (agencyIds) => {
    const where = { agencyId: { $in: [...agencyIds] }, ...(includeInactive ? {} : { active: true }) };
    const rows = await context.em.find(Staff, where, { orderBy: { isLeader: 'desc', name: 'asc', id: 'asc' } });
    return groupBy(agencyIds, rows, (row) => row.agencyId);
  });
}
