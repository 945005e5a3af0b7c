import type { EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import { BadUserInputError, PageArgs, maskIdNumber, maskPhone, paginate } from '@xinfang/kit';
import type { RouteHandler, SubgraphRoutesDefinition } from '@xinfang/kit';
import { Petition } from '../petition/petition.entity';
import { PetitionCategory, PetitionChannel, PetitionStatus } from '../petition/petition-kind';
import { readablePetitionsWhere } from '../petition/petition-list';
import { Petitioner } from '../petitioner/petitioner.entity';
import { openIdNumber, openPhone } from '../petitioner/petitioner-protection';
import { LEDGER_COLUMNS, STATUS_NAMES, categoryName, channelName } from './ledger-columns';
import { writeExport } from './ledger-export';
import type { ExportColumn, ExportSheet } from './ledger-export';
import type { LedgerFormat } from './ledger-file';

/** Rows read and written per page: what an export holds in memory at once. */
const PAGE = 500;

const flag = z.enum(['true', 'false']).transform((value) => value === 'true').optional();
const instant = z.string().max(40).transform((value, context) => {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) context.addIssue({ code: 'custom', message: 'not a date' });
  return date;
}).optional();

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

interface PetitionLine {
  petition: Petition;
  petitioner: Petitioner | undefined;
}

const yesNo = (value: boolean) => (value ? '是' : '否');
const masked = (value: string | null, mask: (whole: string) => string) => (value === null ? null : mask(value));

/** A petition list's columns, headed as a ledger is, so staff read it as theirs; numbers masked. */
const PETITION_COLUMNS: readonly ExportColumn<PetitionLine>[] = [
  { header: '登记编号', width: 22, value: ({ petition }) => petition.trackingNumber },
  { header: LEDGER_COLUMNS.receivedAt.header, width: 18, value: ({ petition }) => petition.receivedAt },
  { header: LEDGER_COLUMNS.channel.header, value: ({ petition }) => channelName(petition.channel) },
  { header: LEDGER_COLUMNS.category.header, value: ({ petition }) => categoryName(petition.category) },
  { header: LEDGER_COLUMNS.name.header, value: ({ petition }) => petition.petitionerName },
  { header: LEDGER_COLUMNS.idNumber.header, width: 22, value: ({ petitioner }) => (petitioner ? masked(openIdNumber(petitioner), maskIdNumber) : null) },
  { header: LEDGER_COLUMNS.phone.header, width: 16, value: ({ petitioner }) => (petitioner ? masked(openPhone(petitioner), maskPhone) : null) },
  { header: LEDGER_COLUMNS.headCount.header, width: 8, value: ({ petition }) => petition.headCount },
  { header: LEDGER_COLUMNS.summary.header, width: 50, value: ({ petition }) => petition.summary },
  { header: LEDGER_COLUMNS.request.header, width: 30, value: ({ petition }) => petition.request },
  { header: '状态', value: ({ petition }) => STATUS_NAMES[petition.status] },
  { header: '承办部门', value: ({ petition }) => petition.department },
  { header: '重复访', width: 8, value: ({ petition }) => yesNo(petition.repeat) },
  { header: '集体访', width: 8, value: ({ petition }) => yesNo(petition.group) },
  { header: '越级访', width: 8, value: ({ petition }) => yesNo(petition.leapfrog) },
];

/**
 * Downloads of the petitions subgraph, streamed: `GET /exports/petitions.xlsx` or `.csv`, with
 * the `petitions` query's filter as parameters (and `from`/`to` on the receipt time), the
 * bearer token, and the same access rule as the query.
 */
export const ledgerRoutes: SubgraphRoutesDefinition = (routes) => {
  routes.get('/exports/petitions.:format', async (req, res, context) => {
    const format = formatOf(String(req.params.format));
    const { from, to, ...filter } = parseQuery(PetitionsExportQuery, req.query);
    const where = await readablePetitionsWhere(context, filter);
    const received = from || to ? { receivedAt: { ...(from ? { $gte: from } : {}), ...(to ? { $lt: to } : {}) } } : {};
    await download(res, format, { title: '信访件', columns: PETITION_COLUMNS, pages: petitionPages(context.em, { ...(where as object), ...received }) });
  });
};

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
async function download<Row>(res: Parameters<RouteHandler>[1], format: LedgerFormat, sheet: ExportSheet<Row>): Promise<void> {
  res.status(200);
  res.setHeader('content-type', format === 'csv' ? 'text/csv; charset=utf-8' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  res.setHeader('content-disposition', `attachment; filename="export.${format}"; filename*=UTF-8''${encodeURIComponent(sheet.title)}.${format}`);
  res.setHeader('cache-control', 'no-store');
  await writeExport(format, sheet, res);
}
