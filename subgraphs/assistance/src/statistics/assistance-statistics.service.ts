import type { EntityManager } from '@mikro-orm/postgresql';
import { agencyReference } from '@xinfang/kit';
import type { PriorityGroup } from '../assistance-case/assistance-kind';
import { CASES_IN_PERIOD, PAID_BY_GROUPING } from './assistance-statistics.sql';
import type { AssistanceCaseCounts, AssistanceFigures, AssistanceStatistics } from './assistance-statistics.type';

interface PaidRow {
  month: string | null;
  priority_group: string | null;
  agency_id: string | null;
  /** Bits of the grouping: 0 the whole period; 3 per month; 5 per priority group; 6 per agency. */
  grouping: number;
  people: number;
  amount_fen: string | number;
}

/**
 * A procuratorate's assistance statistics with its subordinates', by SQL aggregation: two
 * statements, whatever the number of cases and payments.
 */
export async function assistanceStatistics(em: EntityManager, agencyId: string, from: Date, to: Date): Promise<AssistanceStatistics> {
  const [rows, [cases]] = await Promise.all([
    em.execute<PaidRow[]>(PAID_BY_GROUPING, [agencyId, from, to]),
    em.execute<AssistanceCaseCounts[]>(CASES_IN_PERIOD, [agencyId, from, to, from, to, from, to, from, to]),
  ]);
  const grouped = (bits: number) => rows.filter((row) => Number(row.grouping) === bits);
  const total = grouped(0b111)[0];
  return {
    agency: agencyReference(agencyId),
    from,
    to,
    total: total ? figuresOf(total) : { peopleAssisted: 0, amountPaidFen: 0 },
    months: grouped(0b011).map((row) => ({ month: row.month!, ...figuresOf(row) })),
    byPriorityGroup: grouped(0b101).map((row) => ({ priorityGroup: row.priority_group as PriorityGroup, ...figuresOf(row) })),
    byAgency: grouped(0b110).map((row) => ({ agency: agencyReference(row.agency_id!), ...figuresOf(row) })),
    cases: cases ?? { opened: 0, approved: 0, refused: 0, joint: 0, paperworkPending: 0 },
  };
}

function figuresOf(row: PaidRow): AssistanceFigures {
  return { peopleAssisted: row.people, amountPaidFen: Number(row.amount_fen) };
}
