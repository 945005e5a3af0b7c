import type DataLoader from 'dataloader';
import { groupBy } from '../server/request-context';
import type { RequestContext } from '../server/request-context';
import { DeadlineClock } from './deadline-clock.entity';

/** The deadlines of many matters of one kind, soonest due first (paused last), in one query per request. */
export function deadlinesOf(context: RequestContext, subjectType: string): DataLoader<string, DeadlineClock[]> {
  return context.loader<string, DeadlineClock[]>(`deadlines:${subjectType}`, async (ids) => {
    const rows = await context.em.find(DeadlineClock, { subjectType, subjectId: { $in: [...ids] } }, { orderBy: { dueAt: 'asc', rule: 'asc' } });
    return groupBy(ids, rows, (row) => row.subjectId);
  });
}
