import type DataLoader from 'dataloader';
import { groupBy } from '../server/request-context';
import type { RequestContext } from '../server/request-context';
import { WorkflowHistoryEntry } from './history-entry.entity';

/** The history of many matters of one kind, oldest step first, in one query per request. */
export function historyOf(context: RequestContext, aggregateType: string): DataLoader<string, WorkflowHistoryEntry[]> {
  return context.loader<string, WorkflowHistoryEntry[]>(`workflowHistory:${aggregateType}`, async (ids) => {
    const rows = await context.em.find(WorkflowHistoryEntry, { aggregateType, aggregateId: { $in: [...ids] } }, { orderBy: { position: 'asc', at: 'asc' } });
    return groupBy(ids, rows, (row) => row.aggregateId);
  });
}
