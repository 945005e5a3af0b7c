import type { EntityManager } from '@mikro-orm/postgresql';
import { BadUserInputError, agencyReference } from '@xinfang/kit';
import type { RequestContext } from '@xinfang/kit';
import { agencyWhoseWorkIsRead } from '../petition/petition-access';
import { AGENCIES_IN_SCOPE, FIGURES_BY_MONTH, RECEIVED_BY_KIND } from './petition-statistics.sql';
import type { MonthlyPetitionFigures, PetitionCount, PetitionFigures, PetitionStatistics } from './petition-statistics.type';

interface FiguresRow {
  month: string | null;
  received: number;
  accepted: number;
  declined: number;
  transferred_out: number;
  procedural_replies_due: number;
  procedural_replies_on_time: number;
  results_due: number;
  results_on_time: number;
  closed: number;
  substantively_resolved: number;
  results_recorded: number;
  group: number;
  repeat: number;
  leapfrog: number;
  rated: number;
  satisfied: number;
  dissatisfied: number;
  looking_back: number;
  looking_back_resolved: number;
  overdue_now: number;
}

interface KindRow {
  kind: 'channel' | 'category';
  key: string;
  count: number;
}

/** The longest period one call may cover; a longer report is several calls. */
const MAX_PERIOD_DAYS = 3 * 366;

/** The statistics the caller asked for, for the query and its export: a sound period of an agency they may read. */
export async function readablePetitionStatistics(context: RequestContext, agencyId: string, from: Date, to: Date): Promise<PetitionStatistics> {
  if (!(from < to)) throw new BadUserInputError('from must be before to', { field: 'from' });
  if (to.getTime() - from.getTime() > MAX_PERIOD_DAYS * 24 * 3600_000) throw new BadUserInputError(`A period is at most ${MAX_PERIOD_DAYS} days`, { field: 'to' });
  return petitionStatistics(context.em, await agencyWhoseWorkIsRead(context, agencyId), from, to);
}

/**
 * An agency's petition statistics with its subordinates', from the figures kept per day and
 * the petitions still open: three statements, whatever the number of petitions.
 */
export async function petitionStatistics(em: EntityManager, agencyId: string, from: Date, to: Date): Promise<PetitionStatistics> {
  const [rows, kinds, [scope]] = await Promise.all([
    em.execute<FiguresRow[]>(FIGURES_BY_MONTH, [agencyId, from, to]),
    em.execute<KindRow[]>(RECEIVED_BY_KIND, [agencyId, from, to]),
    em.execute<{ agencies: number }[]>(AGENCIES_IN_SCOPE, [agencyId]),
  ]);
  const total = rows.find((row) => row.month === null);
  return {
    agency: agencyReference(agencyId),
    from,
    to,
    agencies: scope?.agencies ?? 1,
    total: total ? figuresOf(total) : figuresOf(emptyRow()),
    months: rows.filter((row) => row.month !== null).map((row): MonthlyPetitionFigures => ({ month: row.month!, ...figuresOf(row) })),
    byChannel: countsOf(kinds, 'channel'),
    byCategory: countsOf(kinds, 'category'),
  };
}

function figuresOf(row: FiguresRow): PetitionFigures {
  return {
    received: row.received,
    accepted: row.accepted,
    declined: row.declined,
    transferredOut: row.transferred_out,
    proceduralRepliesDue: row.procedural_replies_due,
    proceduralRepliesOnTime: row.procedural_replies_on_time,
    proceduralReplyOnTimeRate: rate(row.procedural_replies_on_time, row.procedural_replies_due),
    resultsDue: row.results_due,
    resultsOnTime: row.results_on_time,
    resultOnTimeRate: rate(row.results_on_time, row.results_due),
    closed: row.closed,
    substantivelyResolved: row.substantively_resolved,
    substantivelyResolvedShare: rate(row.substantively_resolved, row.results_recorded),
    group: row.group,
    repeat: row.repeat,
    leapfrog: row.leapfrog,
    rated: row.rated,
    satisfiedOrBasically: row.satisfied,
    dissatisfied: row.dissatisfied,
    satisfactionRate: rate(row.satisfied, row.rated),
    lookingBack: row.looking_back,
    lookingBackResolved: row.looking_back_resolved,
    lookingBackResolvedShare: rate(row.looking_back_resolved, row.looking_back),
    overdueNow: row.overdue_now,
  };
}

function countsOf(rows: KindRow[], kind: KindRow['kind']): PetitionCount[] {
  return rows.filter((row) => row.kind === kind).map((row) => ({ key: row.key, count: row.count }));
}

/** A share rounded to four places; none when there is nothing to divide by. */
function rate(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part / whole) * 10_000) / 10_000;
}

function emptyRow(): FiguresRow {
  return { month: null, received: 0, accepted: 0, declined: 0, transferred_out: 0, procedural_replies_due: 0, procedural_replies_on_time: 0, results_due: 0, results_on_time: 0, closed: 0, substantively_resolved: 0, results_recorded: 0, group: 0, repeat: 0, leapfrog: 0, rated: 0, satisfied: 0, dissatisfied: 0, looking_back: 0, looking_back_resolved: 0, overdue_now: 0 };
}
