import { execFile } from 'node:child_process';
import { randomInt } from 'node:crypto';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import { Role, residentIdCheckCharacter } from '@xinfang/kit';
import { errorCodes } from './support/graphql-client';
import { petitionsRows, withWrongCheckDigit } from './support/personal-data';
import { childEnv } from './support/processes';
import { Actor, seedCity } from './support/seed';
import type { City } from './support/seed';
import { testEnv } from './support/test-env';

const IMPORT = `mutation($input: ImportPetitionLedgerInput!) {
  importPetitionLedger(input: $input) {
    dryRun rowCount importedCount rejectedCount ignoredColumns
    imported { rowNumber petitionId trackingNumber accessCode repeat }
    rejected { rowNumber duplicateOfRow duplicateOfPetitionId problems { column code problem } }
  }
}`;

interface LedgerImport {
  dryRun: boolean;
  rowCount: number;
  importedCount: number;
  rejectedCount: number;
  ignoredColumns: string[];
  imported: { rowNumber: number; petitionId: string | null; trackingNumber: string | null; accessCode: string | null; repeat: boolean }[];
  rejected: { rowNumber: number; duplicateOfRow: number | null; duplicateOfPetitionId: string | null; problems: { column: string; code: string; problem: string }[] }[];
}

const execFileAsync = promisify(execFile);
const LEDGER_COMMAND = join(__dirname, '..', 'subgraphs', 'petitions', 'dist', 'ledger', 'ledger-command.js');

const HEADERS = ['登记日期', '来源渠道', '信访类别', '信访人', '身份证号', '联系电话', '反映问题', '诉求', '备注'];
const CHANNELS = ['来信', '来访', '12309热线', '网上信访', '电话', '传真', '远程视频接访', '转来', '联合接访', '１２３０９', '网信', '走访'];
const CATEGORIES = ['控告', '申诉', '举报', '求决', '司法救助', '咨询', '意见建议', '其他', '意见和建议', '其它'];
const NAMES = ['李秀兰', '王建国', '张桂英', '刘志强', '陈玉梅', '杨德明', '赵淑珍', '黄永福'];
const DAY = 86_400_000;
/** The ledger's rows start below a title row and the header. */
const FIRST_ROW = 3;

type Cell = string | number | Date | null;

/** A resident ID number per row of this run: a birth date per row, a sequence per run, its check digit. */
const sequence = String(randomInt(1000)).padStart(3, '0');
function idNumberOf(index: number): string {
  const birth = new Date(Date.UTC(1950, 0, 1) + index * 17 * DAY).toISOString().slice(0, 10).replace(/-/g, '');
  const first17 = `340302${birth}${sequence}`;
  return first17 + residentIdCheckCharacter(first17);
}

/** A China day some days ago, as staff type it. */
function dayAgo(days: number): string {
  return new Date(Date.now() + 8 * 3600_000 - days * DAY).toISOString().slice(0, 10);
}

/**
 * The reception centre's year in a spreadsheet, as its staff kept it before the platform: a
 * 1,000-row ledger with exactly 20 broken rows (each with its reason) and 10 duplicates, five
 * of petitions the agency has already registered, five of earlier rows of the same file.
 */
describe('petition ledgers in and out (台账)', () => {
  let city: City;
  let reception: Actor;
  const rows: Cell[][] = [];
  /** Row number → the problem codes expected. */
  const broken = new Map<number, string[]>();
  /** Row number → what it duplicates: a row number or a stored petition id. */
  const duplicates = new Map<number, { row?: number; petitionId?: string }>();
  let ledger: string;
  let imported: LedgerImport['imported'] = [];

  const rowNumberOf = (index: number) => FIRST_ROW + index;
  const goodRow = (index: number): Cell[] => [
    index % 3 === 0 ? new Date(Date.parse(`${dayAgo(1 + (index % 90))}T09:30:00Z`)) : dayAgo(1 + (index % 90)).replace(/-/g, '/'),
    CHANNELS[index % CHANNELS.length]!, CATEGORIES[index % CATEGORIES.length]!, NAMES[index % NAMES.length]!,
    idNumberOf(index), index % 2 ? `139${String(10_000_000 + index).padStart(8, '0')}` : null,
    `第${index}号：反映工程款被拖欠，多次讨要无果。`, '依法处理，追回欠款。', index % 50 === 0 ? '台账补录' : null,
  ];

  beforeAll(async () => {
    city = await seedCity();
    reception = city.reception;
    // Five petitions the agency registered by hand; the ledger repeats them.
    const stored: { index: number; id: string }[] = [];
    for (const index of [1000, 1001, 1002, 1003, 1004]) {
      const [, , , name, idNumber, , summary, request] = goodRow(index);
      const { id } = await reception.registerPetition({
        channel: 'IN_PERSON', category: 'APPEAL', summary, request, receivedAt: `${dayAgo(3)}T02:00:00Z`, petitioners: [{ name, idNumber }],
      });
      stored.push({ index, id });
    }

    for (let index = 0; index < 1000; index++) rows.push(goodRow(index));
    const breakRow = (index: number, codes: string[], change: (row: Cell[]) => void) => {
      change(rows[index]!);
      broken.set(rowNumberOf(index), codes);
    };
    breakRow(10, ['MISSING'], (row) => { row[6] = null; });
    breakRow(20, ['INVALID_ID_NUMBER'], (row) => { row[4] = withWrongCheckDigit(String(row[4])); });
    breakRow(30, ['UNKNOWN_CHANNEL'], (row) => { row[1] = '微信'; });
    breakRow(40, ['INVALID_DATE'], (row) => { row[0] = '2026-02-30'; });
    breakRow(50, ['FUTURE_DATE'], (row) => { row[0] = dayAgo(-10); });
    breakRow(60, ['UNKNOWN_CATEGORY'], (row) => { row[2] = '投诉'; });
    breakRow(70, ['MASKED_ID_NUMBER'], (row) => { row[4] = '3403**********1234'; });
    breakRow(80, ['MISSING'], (row) => { row[3] = ' '; });
    breakRow(90, ['MISSING'], (row) => { row[7] = null; });
    breakRow(100, ['INVALID_PHONE'], (row) => { row[5] = '电话不详'; });
    breakRow(110, ['INVALID_VALUE'], (row) => { row[6] = '太短'; });
    breakRow(120, ['INVALID_DATE'], (row) => { row[0] = '三月五日'; });
    breakRow(130, ['INVALID_ID_NUMBER'], (row) => { row[4] = Number(row[4]!.toString().slice(0, 17)) * 10; });
    breakRow(140, ['MISSING'], (row) => { row[1] = null; });
    breakRow(150, ['MISSING'], (row) => { row[2] = ''; });
    breakRow(160, ['MISSING'], (row) => { row[0] = null; });
    breakRow(170, ['INVALID_ID_NUMBER'], (row) => { row[4] = `99${String(row[4]).slice(2)}`; });
    breakRow(180, ['INVALID_DATE', 'UNKNOWN_CHANNEL'], (row) => { row[0] = '1026-03-05'; row[1] = 'QQ'; });
    breakRow(190, ['INVALID_ID_NUMBER'], (row) => { row[4] = String(row[4]).slice(0, 17); });
    breakRow(200, ['INVALID_VALUE'], (row) => { row[3] = '名'.repeat(101); });

    // Five rows of petitions registered by hand: the same person, day and matter, written the ledger's way.
    stored.forEach(({ index, id }, position) => {
      const row = goodRow(index);
      row[0] = dayAgo(3);
      row[1] = '来访';
      row[2] = '申诉';
      rows[300 + position * 100] = row;
      duplicates.set(rowNumberOf(300 + position * 100), { petitionId: id });
    });
    // Five rows repeating earlier rows of the file, the summary spaced and punctuated differently.
    for (const [copy, original] of [[350, 349], [450, 5], [550, 7], [650, 601], [999, 998]] as const) {
      const row = [...rows[original]!];
      row[6] = ` ${String(row[6]).replace('，', ', ')} `;
      rows[copy] = row;
      duplicates.set(rowNumberOf(copy), { row: rowNumberOf(original) });
    }
    ledger = await workbookBase64([['2026年信访台账（测试市人民检察院）'], HEADERS, ...rows]);
  });

  const importLedger = (dryRun: boolean, as: Actor = reception, content = ledger, fileName = '信访台账.xlsx') =>
    as.query<{ importPetitionLedger: LedgerImport }>(IMPORT, { input: { fileName, contentBase64: content, dryRun } }).then((data) => data.importPetitionLedger);
  const storedCount = async () => Number((await petitionsRows<{ count: string }>('select count(*) from petition where receiving_agency_id = $1', [city.agencies.procuratorate.id]))[0]!.count);

  const expectExactlyTheBadRowsRejected = (report: LedgerImport) => {
    expect(report).toMatchObject({ rowCount: 1000, importedCount: 970, rejectedCount: 30, ignoredColumns: ['备注'] });
    const rejected = new Map(report.rejected.map((row) => [row.rowNumber, row]));
    expect([...rejected.keys()].sort((a, b) => a - b)).toEqual([...broken.keys(), ...duplicates.keys()].sort((a, b) => a - b));
    for (const [rowNumber, codes] of broken) {
      expect([rowNumber, rejected.get(rowNumber)!.problems.map((problem) => problem.code).sort()]).toEqual([rowNumber, [...codes].sort()]);
    }
    for (const [rowNumber, of] of duplicates) {
      const row = rejected.get(rowNumber)!;
      expect(row.problems.map((problem) => problem.code)).toEqual([of.row ? 'DUPLICATE_IN_FILE' : 'DUPLICATE_OF_STORED']);
      expect({ row: row.duplicateOfRow ?? undefined, petitionId: row.duplicateOfPetitionId ?? undefined }).toEqual(of);
    }
    // Reasons name the column as the file heads it, and never quote a number.
    expect(rejected.get(rowNumberOf(20))!.problems[0]).toMatchObject({ column: '身份证号', problem: expect.stringContaining('check digit') });
    expect(rejected.get(rowNumberOf(10))!.problems[0]).toMatchObject({ column: '反映问题', problem: 'required, but empty' });
    expect(JSON.stringify(report.rejected)).not.toMatch(/\d{17}[\dX]/);
  };

  // A dry run takes about 10 s on 2 shared cores; an import some 50 s more, most of it hashing
  // each petition's access code (scrypt, slow on purpose): hence the longer time limits.
  it('reports in a dry run exactly the broken and duplicate rows, with reasons, and writes nothing', async () => {
    const before = await storedCount();
    const started = Date.now();
    const report = await importLedger(true);
    console.info(`dry run of 1,000 rows: ${Date.now() - started} ms`);
    expect(report.dryRun).toBe(true);
    expectExactlyTheBadRowsRejected(report);
    expect(report.imported.every((row) => row.petitionId === null && row.accessCode === null)).toBe(true);
    expect(await storedCount()).toBe(before);
  }, 180_000);

  it('imports the rest in one go through the rules of registration, then refuses the same rows again as duplicates', async () => {
    const before = await storedCount();
    const started = Date.now();
    const report = await importLedger(false);
    console.info(`import of 1,000 rows: ${Date.now() - started} ms`);
    expect(report.dryRun).toBe(false);
    expectExactlyTheBadRowsRejected(report);
    imported = report.imported;
    expect(await storedCount()).toBe(before + 970);
    const first = report.imported.find((row) => row.rowNumber === rowNumberOf(1))!;
    expect(first).toMatchObject({ trackingNumber: expect.stringMatching(/^XF-/), accessCode: expect.stringMatching(/^\d{8}$/) });

    // Registered as by hand: channel and category read from their Chinese names, numbers sealed and masked, clocks started.
    const { petition } = await reception.query<{ petition: { channel: string; category: string; receivedAt: string; petitioners: { name: string; idNumber: string }[]; deadlines: { rule: string }[] } }>(
      `query($id: ID!) { petition(id: $id) { channel category receivedAt petitioners { name idNumber } deadlines { rule } } }`, { id: first.petitionId },
    );
    expect(petition).toMatchObject({ channel: 'IN_PERSON', category: 'APPEAL', receivedAt: `${dayAgo(3)}T16:00:00.000Z`, petitioners: [{ name: NAMES[1], idNumber: expect.stringMatching(/^3403\*{10}\d{3}[\dX]$/) }] });
    expect(petition.deadlines.map((clock) => clock.rule).sort()).toEqual(['HANDLING_RESULT', 'PROCEDURAL_REPLY', 'REGISTRATION_NOTICE']);
    const [history] = await petitionsRows<{ note: string }>('select note from workflow_history_entry where aggregate_id = $1', [first.petitionId]);
    expect(history!.note).toBe(`Imported from the ledger 信访台账.xlsx, row ${rowNumberOf(1)}.`);

    // The same file again: every row it imported is now a duplicate of what it stored.
    const again = await importLedger(true);
    expect(again).toMatchObject({ importedCount: 0, rejectedCount: 1000 });
    expect(again.rejected.filter((row) => row.problems[0]!.code === 'DUPLICATE_OF_STORED')).toHaveLength(980);
  }, 180_000);

  it('exports the list to .xlsx and .csv with Chinese headers and masked numbers, and reads them back', async () => {
    const expected = await storedCount();
    const xlsx = await download('/exports/petitions.xlsx', reception);
    expect(xlsx.headers.get('content-type')).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await xlsx.arrayBuffer()) as unknown as ExcelJS.Buffer);
    const sheet = workbook.worksheets[0]!;
    const header = (sheet.getRow(1).values as Cell[]).slice(1);
    expect(header).toEqual(expect.arrayContaining(['登记编号', '登记日期', '来源渠道', '信访类别', '信访人', '身份证号', '联系电话', '反映问题', '诉求', '状态']));
    expect(sheet.actualRowCount).toBe(expected + 1);
    const column = (name: string) => header.indexOf(name) + 1;
    const ids = sheet.getColumn(column('身份证号')).values.slice(2) as string[];
    expect(ids.filter(Boolean).length).toBeGreaterThanOrEqual(970);
    expect(ids.filter(Boolean).every((id) => /^3403\*{10}\d{3}[\dX]$/.test(id))).toBe(true);
    expect(sheet.getColumn(column('状态')).values.slice(2)).toEqual(Array(expected).fill('已登记'));
    expect(new Set(sheet.getColumn(column('来源渠道')).values.slice(2))).toEqual(new Set(['来信', '来访', '12309热线', '网上信访', '电话', '传真', '远程视频接访', '转来', '联合接访']));

    const csv = await download('/exports/petitions.csv?channel=HOTLINE_12309', reception);
    const bytes = Buffer.from(await csv.arrayBuffer());
    // UTF-8 with the byte-order mark Excel needs to show Chinese.
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.subarray(3).toString('utf8');
    expect(text.startsWith('登记编号,登记日期,来源渠道,信访类别,信访人,身份证号,联系电话')).toBe(true);
    const lines = text.trim().split('\r\n').map((line) => line.split(','));
    const viaHotline = imported.filter((row) => ['12309热线', '１２３０９'].includes(String(rows[row.rowNumber - FIRST_ROW]![1])));
    expect(lines.length - 1).toBe(viaHotline.length);
    expect(lines.slice(1).every((line) => line[2] === '12309热线' && /^3403\*+\d{3}[\dX]$/.test(line[5]!) && /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/.test(line[1]!))).toBe(true);
    expect(text).not.toMatch(/\d{17}[\dX]/);
  });

  it('exports the overdue list and the statistics the same way', async () => {
    const agencyId = city.agencies.procuratorate.id;
    const overdue = (await (await download('/exports/overdue.csv', reception)).text()).trim().split('\r\n');
    expect(overdue[0]).toBe('登记编号,信访人,登记日期,信访类别,时限,到期时间,剩余天数,状态,承办部门');
    const [{ count }] = (await petitionsRows<{ count: string }>('select count(*) from deadline_clock where agency_id = $1 and met_at is null and due_at < now()', [agencyId])) as [{ count: string }];
    expect(overdue.length - 1).toBe(Number(count));
    expect(overdue.slice(1).every((line) => Number(line.split(',')[6]) < 0)).toBe(true);

    const from = new Date(Date.now() - 120 * DAY).toISOString();
    const to = new Date(Date.now() + DAY).toISOString();
    const statistics = await download(`/exports/statistics.xlsx?agencyId=${agencyId}&from=${from}&to=${to}`, reception);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await statistics.arrayBuffer()) as unknown as ExcelJS.Buffer);
    const sheet = workbook.worksheets[0]!;
    expect(workbook.worksheets.map((each) => each.name)).toEqual(['按月统计', '按来源渠道', '按信访类别']);
    expect((sheet.getRow(1).values as Cell[]).slice(1, 4)).toEqual(['月份', '收到', '受理']);
    const total = (sheet.getRow(sheet.actualRowCount).values as Cell[]).slice(1, 3);
    expect(total).toEqual(['合计', await storedCount()]);
    const counted = (each: ExcelJS.Worksheet) => (each.getColumn(2).values.slice(2) as number[]).reduce((sum, count) => sum + count, 0);
    expect([counted(workbook.worksheets[1]!), counted(workbook.worksheets[2]!)]).toEqual([await storedCount(), await storedCount()]);
    const byChannel = (await (await download(`/exports/statistics.csv?agencyId=${agencyId}&from=${from}&to=${to}&by=channel`, reception)).text()).trim().split('\r\n');
    expect(byChannel[0]).toBe('来源渠道,件数');
    expect(byChannel.slice(1).map((line) => line.split(',')[0])).toEqual(expect.arrayContaining(['来信', '12309热线', '联合接访']));
    expect((await download(`/exports/statistics.csv?agencyId=${agencyId}&from=${to}&to=${from}`, reception)).status).toBe(400);
  });

  it('refuses what it should: an outsider\'s export, no token, a file too large or unreadable', async () => {
    expect((await download(`/exports/petitions.csv?receivingAgencyId=${city.agencies.procuratorate.id}`, city.outsider)).status).toBe(403);
    // The gateway refuses a missing or forged token before the subgraph is asked; the subgraph refuses it too.
    const gateway = new URL(testEnv.gatewayUrl).origin;
    expect((await fetch(`${gateway}/exports/petitions.csv`)).status).toBe(401);
    const forged = await fetch(`${gateway}/exports/petitions.csv`, { headers: { authorization: 'Bearer not.a.token' } });
    expect([forged.status, ((await forged.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code]).toEqual([401, 'UNAUTHENTICATED']);
    expect((await fetch(`${petitionsBase()}/exports/petitions.csv`)).status).toBe(401);
    expect((await download('/exports/petitions.pdf', reception)).status).toBe(400);
    expect((await download('/exports/petitions.csv?status=SOMETHING', reception)).status).toBe(400);
    const input = (contentBase64: string, fileName = '台账.xlsx') => ({ input: { fileName, contentBase64, dryRun: true } });
    expect(await errorCodes(IMPORT, input('A'.repeat(750_004)), reception.token)).toEqual(['BAD_USER_INPUT']);
    expect(await errorCodes(IMPORT, input(Buffer.from('not a workbook').toString('base64')), reception.token)).toEqual(['BAD_USER_INPUT']);
    expect(await errorCodes(IMPORT, input(ledger, '台账.xls'), reception.token)).toEqual(['BAD_USER_INPUT']);
    expect(await errorCodes(IMPORT, input(Buffer.from('姓名,电话\r\n王,1\r\n').toString('base64'), 'a.csv'), reception.token)).toEqual(['BAD_USER_INPUT']);
    const auditor = await Actor.as({ userId: 'auditor-ledger', name: '审计员', agencyId: city.agencies.procuratorate.id, roles: [Role.AUDITOR] });
    expect(await errorCodes(IMPORT, input(ledger), auditor.token)).toEqual(['FORBIDDEN']);
  });

  const smallCsv = () => `${HEADERS.slice(0, 8).join(',')}\r\n${dayAgo(1)},12309热线,咨询,周丽娟,,,咨询如何申请国家司法救助。,告知申请程序\r\n${dayAgo(1)},邮件,咨询,周丽娟,,,咨询如何申请国家司法救助。,告知申请程序\r\n`;

  it('reads a CSV ledger too', async () => {
    const report = await importLedger(true, reception, Buffer.from(smallCsv()).toString('base64'), '台账.csv');
    expect(report).toMatchObject({ rowCount: 2, importedCount: 1, rejected: [{ rowNumber: 3, problems: [{ column: '来源渠道', code: 'UNKNOWN_CHANNEL' }] }] });
  });

  it('imports and exports from the command line', async () => {
    const dir = await mkdtemp(join(testEnv.dataDir, 'ledger-'));
    await writeFile(join(dir, '台账.csv'), smallCsv());
    const env = childEnv({ TOKEN: reception.token, XINFANG_GATEWAY_URL: testEnv.gatewayUrl });
    const command = (...args: string[]) => execFileAsync(process.execPath, [LEDGER_COMMAND, ...args], { env, cwd: dir });
    const { stdout } = await command('import', '台账.csv');
    expect(stdout).toContain('Dry run (nothing written): 2 rows, 1 would be imported, 1 rejected.');
    expect(stdout).toContain('row 3: 来源渠道 UNKNOWN_CHANNEL');
    await command('export', 'petitions', '信访件.csv', '--param', 'channel=HOTLINE_12309');
    const exported = await readFile(join(dir, '信访件.csv'), 'utf8');
    expect(exported.trim().split('\r\n')).toHaveLength(1 + imported.filter((row) => ['12309热线', '１２３０９'].includes(String(rows[row.rowNumber - FIRST_ROW]![1]))).length);
    await expect(command('export', 'petitions', 'x.csv', '--param', 'status=NONE')).rejects.toMatchObject({ stderr: expect.stringContaining('status') });
  });
});

async function workbookBase64(rows: Cell[][]): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('台账');
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
}

function petitionsBase(): string {
  return testEnv.subgraphUrls.petitions!.replace(/\/graphql$/, '');
}

/** Downloads go through the gateway, the one address a client knows. */
function download(path: string, as: Actor): Promise<Response> {
  return fetch(`${new URL(testEnv.gatewayUrl).origin}${path}`, { headers: { authorization: `Bearer ${as.token}` } });
}
