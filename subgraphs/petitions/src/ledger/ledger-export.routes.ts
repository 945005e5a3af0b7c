import type { EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import type { FilterQuery } from '@mikro-orm/core';
import { BadUserInputError, DeadlineClock, PageArgs, audit, paginate } from '@xinfang/kit';
import type { RequestContext, RouteHandler, SubgraphRoutesDefinition } from '@xinfang/kit';
import { daysLeft, readableOverdueWhere } from '../overdue/overdue-list';
import { Petition } from '../petition/petition.entity';
import { PetitionCategory, PetitionChannel, PetitionStatus } from '../petition/petition-kind';
import { readablePetitionsWhere } from '../petition/petition-list';
import { Petitioner } from '../petitioner/petitioner.entity';
import { readablePetitionStatistics } from '../statistics/petition-statistics.service';
import { OVERDUE_COLUMNS, PETITION_COLUMNS, STATISTICS_COLUMNS, countColumns } from './ledger-export.columns';
import type { OverdueLine, PetitionLine } from './ledger-export.columns';
import { rendered, writeExport } from './ledger-export';
import type { RenderedSheet } from './ledger-export';
import { categoryName, channelName } from './ledger-columns';
import type { LedgerFormat } from './ledger-file';

/** Rows read and written per page: what an export holds in memory at once. */
const PAGE = 500;

const flag = z.enum(['true', 'false']).transform((value) => value === 'true').optional();
const instant = z.string().max(40).transform((value, context) => {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) context.addIssue({ code: 'custom', message: 'not a date' });
  return date;
}).optional();

const required = (schema: z.ZodType<Date | undefined>) => schema.refine((value) => value !== undefined, 'required').transform((value) => value!);

/** The `overduePetitions` query's arguments as URL parameters. */
const OverdueExportQuery = z.strictObject({
  agencyId: z.string().min(1).max(200).optional(),
  handlerStaffId: z.string().min(1).max(200).optional(),
  dueWithinDays: z.coerce.number().int().min(0).max(366).optional(),
});

/** The `petitionStatistics` query's arguments as URL parameters. */
const StatisticsExportQuery = z.strictObject({
  agencyId: z.string().min(1).max(200),
  from: required(instant),
  to: required(instant),
  /** A CSV file holds one table: by month (the default), by channel or by category. */
  by: z.enum(['month', 'channel', 'category']).default('month'),
});

/** The `petitions` query's filter as URL parameters, and the period received. */
const PetitionsExportQuery = z.strictObject({
  status: z.enum(PetitionStatus).optional(),
  channel: z.enum(PetitionChannel).optional(),
  category: z.enum(PetitionCategory).optional(),
  receivingAgencyId: z.string().min(1).max(200).optional(),
  handlingAgencyId: z.string().min(1).max(200).optional(),
  repeat: flag,
  group: flag,
  leapfrog: flag,
  from: instant,
  to: instant,
});

/**
 * Downloads of the petitions subgraph, streamed page by page, each as `.xlsx` or `.csv`, with
 * the bearer token and the same access rule as its query: `/exports/petitions` (the
 * `petitions` filter, and `from`/`to` on the receipt time), `/exports/overdue` (the
 * `overduePetitions` arguments) and `/exports/statistics` (`agencyId`, `from`, `to`: a row a
 * month and the total, then by channel and by category; `by` picks the one table of a CSV).
 */
export const ledgerRoutes: SubgraphRoutesDefinition = (routes) => {
  routes.get('/exports/petitions.:format', async (req, res, context) => {
    const format = formatOf(String(req.params.format));
    const { from, to, ...filter } = parseQuery(PetitionsExportQuery, req.query);
    const where = await readablePetitionsWhere(context, filter);
    const received = from || to ? { receivedAt: { ...(from ? { $gte: from } : {}), ...(to ? { $lt: to } : {}) } } : {};
    await auditExport(context, 'petitions', format, { ...filter, from, to });
    await download(res, format, '信访件', [rendered({ title: '信访件', columns: PETITION_COLUMNS, pages: petitionPages(context.em, { ...(where as object), ...received }) })]);
  });

  routes.get('/exports/overdue.:format', async (req, res, context) => {
    const format = formatOf(String(req.params.format));
    const args = parseQuery(OverdueExportQuery, req.query);
    const now = Date.now();
    const where = await readableOverdueWhere(context, args, now);
    await auditExport(context, 'overdue', format, { ...args });
    await download(res, format, '逾期信访件', [rendered({ title: '逾期信访件', columns: OVERDUE_COLUMNS, pages: overduePages(context.em, where, now) })]);
  });

  routes.get('/exports/statistics.:format', async (req, res, context) => {
    const format = formatOf(String(req.params.format));
    const { agencyId, from, to, by } = parseQuery(StatisticsExportQuery, req.query);
    const statistics = await readablePetitionStatistics(context, agencyId, from, to);
    await auditExport(context, 'statistics', format, { agencyId, from, to, by });
    const tables = {
      month: rendered({ title: '按月统计', columns: STATISTICS_COLUMNS, pages: once([...statistics.months, statistics.total]) }),
      channel: rendered({ title: '按来源渠道', columns: countColumns('来源渠道', channelName), pages: once(statistics.byChannel) }),
      category: rendered({ title: '按信访类别', columns: countColumns('信访类别', categoryName), pages: once(statistics.byCategory) }),
    };
    // A workbook holds all three tables as sheets; a CSV file the one asked for.
    await download(res, format, '信访统计', format === 'xlsx' ? [tables.month, tables.channel, tables.category] : [tables[by]]);
  });
};

async function* overduePages(em: EntityManager, where: FilterQuery<DeadlineClock>, now: number): AsyncIterable<OverdueLine[]> {
  let after: string | undefined;
  do {
    const page = await paginate(em, DeadlineClock, where, 'dueAt', Object.assign(new PageArgs(), { first: PAGE, after }), 'asc');
    const clocks = page.edges.map((edge) => edge.node);
    const petitions = clocks.length ? await em.find(Petition, { id: { $in: [...new Set(clocks.map((clock) => clock.subjectId))] } }) : [];
    yield clocks.map((clock) => ({ clock, petition: petitions.find((petition) => petition.id === clock.subjectId), daysLeft: daysLeft(clock.dueAt!, now) }));
    em.clear();
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor ?? undefined : undefined;
  } while (after);
}

async function* once<Row>(rows: Row[]): AsyncIterable<Row[]> {
  yield rows;
}

async function* petitionPages(em: EntityManager, where: object): AsyncIterable<PetitionLine[]> {
  let after: string | undefined;
  do {
    const page = await paginate(em, Petition, where, 'receivedAt', Object.assign(new PageArgs(), { first: PAGE, after }));
    const petitions = page.edges.map((edge) => edge.node);
    const people = petitions.length ? await em.find(Petitioner, { petitionId: { $in: petitions.map((petition) => petition.id) } }, { orderBy: { position: 'asc' } }) : [];
    // The person the petition is known by: its first representative, else its first petitioner.
    const personOf = (petition: Petition) => {
      const own = people.filter((person) => person.petitionId === petition.id);
      return own.find((person) => person.representative) ?? own[0];
    };
    yield petitions.map((petition) => ({ petition, petitioner: personOf(petition) }));
    em.clear();
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor ?? undefined : undefined;
  } while (after);
}

function formatOf(format: string): LedgerFormat {
  if (format === 'xlsx' || format === 'csv') return format;
  throw new BadUserInputError('An export is .xlsx or .csv', { field: 'format' });
}

function parseQuery<Shape extends z.ZodType>(schema: Shape, query: unknown): z.output<Shape> {
  const parsed = schema.safeParse(query);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new BadUserInputError(`${issue.path.join('.') || 'query'}: ${issue.message}`, { field: String(issue.path[0] ?? 'query') });
  }
  return parsed.data;
}

/** Headers first, then the file as it is written; an error after the first byte cuts the download short. */
async function download(res: Parameters<RouteHandler>[1], format: LedgerFormat, title: string, sheets: readonly RenderedSheet[]): Promise<void> {
  res.status(200);
  res.setHeader('content-type', format === 'csv' ? 'text/csv; charset=utf-8' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  res.setHeader('content-disposition', `attachment; filename="export.${format}"; filename*=UTF-8''${encodeURIComponent(title)}.${format}`);
  res.setHeader('cache-control', 'no-store');
  await writeExport(format, sheets, res);
}

/**
 * Every download leaves an audit entry with the filter it used (names, ids and dates, never a
 * personal value), written after the access check and before the first byte is sent.
 */
const EXPORTED_COLUMNS = { petitions: PETITION_COLUMNS, overdue: OVERDUE_COLUMNS, statistics: STATISTICS_COLUMNS } as const;

async function auditExport(context: RequestContext, ledger: keyof typeof EXPORTED_COLUMNS, format: LedgerFormat, filter: Record<string, unknown>): Promise<void> {
  const criteria = Object.fromEntries(Object.entries({ ...filter, format }).filter(([, value]) => value !== undefined));
  await audit(context, { operation: 'EXPORT', subjectType: 'Ledger', subjectId: ledger, fields: EXPORTED_COLUMNS[ledger].map((column) => column.header), criteria });
}
