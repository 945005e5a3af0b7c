import { validateSync } from 'class-validator';
import type { ValidationError } from 'class-validator';
import { SHANGHAI_UTC_OFFSET_MS, phoneProblem, residentIdProblem } from '@xinfang/kit';
import { RegisterPetitionInput } from '../petition/register-petition.input';
import { PetitionerInput } from '../petitioner/petitioner.input';
import { petitionersProblems } from '../petitioner/petitioner-rules';
import { LEDGER_COLUMNS, categoryOfName, channelOfName, toHalfWidth } from './ledger-columns';
import type { LedgerField } from './ledger-columns';
import { LedgerProblemCode } from './ledger-problem';
import type { LedgerProblem } from './ledger-problem';

/** A cell as a spreadsheet holds it: text, a number, a date (its wall-clock time in the UTC fields, as Excel has no zone), or nothing. */
export type LedgerCell = string | number | boolean | Date | null;

/** One line of a ledger: its row number as the spreadsheet shows it, and its cells by field. */
export interface LedgerRow {
  rowNumber: number;
  values: Partial<Record<LedgerField, LedgerCell>>;
}

/** What a ledger row becomes: the petition to register, or why it cannot be. */
export type ParsedLedgerRow =
  | { rowNumber: number; input: RegisterPetitionInput; problems: readonly [] }
  | { rowNumber: number; input: null; problems: readonly LedgerProblem[] };

/** The earliest receipt date a ledger row may carry: anything before is a typo (1026 for 2026). */
const EARLIEST = Date.UTC(1990, 0, 1);
const EXCEL_EPOCH_DAYS = 25_569;
const DAY_MS = 86_400_000;

/** The header a problem names: as the file wrote it, else the export's. */
export type ColumnNames = Partial<Record<LedgerField, string>>;

/**
 * Reads one ledger row into the input `registerPetition` takes, checked by the same rules the
 * API applies to it (class-validator and the petitioner rules), plus what only a spreadsheet
 * gets wrong: channel and category names, dates typed many ways, ID numbers stored as numbers
 * or already masked. Every problem of the row is reported, not only the first.
 */
export function parseLedgerRow(row: LedgerRow, columns: ColumnNames = {}, now: Date = new Date()): ParsedLedgerRow {
  const problems: LedgerProblem[] = [];
  const column = (field: LedgerField) => columns[field] ?? LEDGER_COLUMNS[field].header;
  const report = (field: LedgerField, code: LedgerProblemCode, problem: string) => problems.push({ column: column(field), code, problem });
  const text = (field: LedgerField): string | undefined => {
    const value = textOf(row.values[field]);
    if (value === undefined && LEDGER_COLUMNS[field].required) report(field, LedgerProblemCode.MISSING, 'required, but empty');
    return value;
  };

  const receivedAtCell = row.values.receivedAt;
  const receivedAt = textOf(receivedAtCell) === undefined ? text('receivedAt') : parseReceivedAt(receivedAtCell!, now);
  if (typeof receivedAt === 'object' && !(receivedAt instanceof Date)) report('receivedAt', receivedAt.code, receivedAt.problem);

  const channelText = text('channel');
  const channel = channelText === undefined ? undefined : channelOfName(channelText);
  if (channelText !== undefined && !channel) report('channel', LedgerProblemCode.UNKNOWN_CHANNEL, `"${clip(channelText)}" is not a channel: write one of 来信, 来访, 12309热线, 网上信访, 电话, 传真, 远程视频接访, 转来, 联合接访`);
  const categoryText = text('category');
  const category = categoryText === undefined ? undefined : categoryOfName(categoryText);
  if (categoryText !== undefined && !category) report('category', LedgerProblemCode.UNKNOWN_CATEGORY, `"${clip(categoryText)}" is not a category: write one of 控告, 申诉, 举报, 求决, 司法救助, 咨询, 意见建议, 其他`);

  const name = text('name');
  const idNumber = idNumberOf(row.values.idNumber, (code, problem) => report('idNumber', code, problem));
  const phone = textOf(row.values.phone);
  if (phone !== undefined && phoneProblem(phone)) report('phone', LedgerProblemCode.INVALID_PHONE, phoneProblem(phone)!);
  const headCount = headCountOf(row.values.headCount);
  if (typeof headCount === 'string') report('headCount', LedgerProblemCode.INVALID_VALUE, headCount);
  const summary = text('summary');
  const request = text('request');
  const address = textOf(row.values.address);
  if (problems.length > 0) return { rowNumber: row.rowNumber, input: null, problems };

  const petitioner = Object.assign(new PetitionerInput(), { name, idNumber, phone, address });
  const input = Object.assign(new RegisterPetitionInput(), {
    channel, category, petitioners: [petitioner], headCount: headCount as number, summary, request, receivedAt: receivedAt as Date,
  });
  // The API's own rules, so an imported petition is one the API would have taken.
  for (const error of validateSync(input, { forbidUnknownValues: false })) problemsOf(error, problems, column);
  for (const { field, problem } of petitionersProblems(input)) problems.push({ column: column(field === 'headCount' ? 'headCount' : 'name'), code: LedgerProblemCode.INVALID_VALUE, problem });
  return problems.length > 0 ? { rowNumber: row.rowNumber, input: null, problems } : { rowNumber: row.rowNumber, input, problems: [] };
}

/** Whether a row has nothing in any column: skipped, not rejected. */
export function isBlankRow(row: LedgerRow): boolean {
  return Object.values(row.values).every((value) => textOf(value) === undefined);
}

/** A cell's text, trimmed; undefined when empty. */
export function textOf(value: LedgerCell | undefined): string | undefined {
  if (value === null || value === undefined) return undefined;
  const text = (value instanceof Date ? value.toISOString() : String(value)).replace(/\u3000/g, ' ').trim();
  return text === '' ? undefined : text;
}

const DATE_TEXT = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[\sT]+(\d{1,2})\s*[:：时]\s*(\d{1,2})\s*分?(?:\s*[:：]?\s*(\d{1,2})\s*秒?)?)?$/;
const COMPACT_DATE = /^(\d{4})(\d{2})(\d{2})$/;

/**
 * When a row's petition was received, read as Beijing time: a date cell, an Excel day number,
 * or text such as 2026-03-05, 2026/3/5, 2026.3.5, 2026年3月5日, 20260305, with an optional
 * time (14:30). A date alone is the start of that China day. Returns why not otherwise.
 */
export function parseReceivedAt(value: LedgerCell, now: Date = new Date()): Date | { code: LedgerProblemCode; problem: string } {
  const invalid = (problem: string) => ({ code: LedgerProblemCode.INVALID_DATE, problem });
  let wallClockMs: number;
  if (value instanceof Date) wallClockMs = value.getTime();
  else if (typeof value === 'number') {
    if (value < 20_000 || value > 80_000) return invalid(`${value} is not a date`);
    wallClockMs = Math.round((value - EXCEL_EPOCH_DAYS) * DAY_MS);
  } else {
    const written = toHalfWidth(String(value)).trim();
    const match = DATE_TEXT.exec(written) ?? COMPACT_DATE.exec(written);
    if (!match) return invalid(`"${clip(written)}" is not a date: write it as 2026-03-05 (a time such as 14:30 may follow)`);
    const [year, month, day, hour = 0, minute = 0, second = 0] = match.slice(1).map((part) => (part === undefined ? undefined : Number(part))) as number[];
    wallClockMs = Date.UTC(year!, month! - 1, day, hour, minute, second);
    const back = new Date(wallClockMs);
    if (month! < 1 || month! > 12 || back.getUTCDate() !== day || hour > 23 || minute > 59 || second > 59) return invalid(`${written} is not a day of the calendar`);
  }
  if (Number.isNaN(wallClockMs)) return invalid('not a date');
  if (wallClockMs < EARLIEST) return invalid('before 1990: check the year');
  const instant = new Date(wallClockMs - SHANGHAI_UTC_OFFSET_MS);
  if (instant.getTime() > now.getTime() + 60_000) return { code: LedgerProblemCode.FUTURE_DATE, problem: 'in the future: a petition is registered once received' };
  return instant;
}

function idNumberOf(value: LedgerCell | undefined, report: (code: LedgerProblemCode, problem: string) => void): string | undefined {
  if (typeof value === 'number') {
    report(LedgerProblemCode.INVALID_ID_NUMBER, 'the ID number is stored as a number, which loses its last digits: format the column as text');
    return undefined;
  }
  const text = textOf(value)?.replace(/\s/g, '');
  if (text === undefined) return undefined;
  if (text.includes('*')) report(LedgerProblemCode.MASKED_ID_NUMBER, 'the ID number is masked: give it whole, or leave it empty');
  else {
    const problem = residentIdProblem(toHalfWidth(text));
    if (problem) report(LedgerProblemCode.INVALID_ID_NUMBER, problem);
  }
  return toHalfWidth(text);
}

function headCountOf(value: LedgerCell | undefined): number | string {
  const text = textOf(value);
  if (text === undefined) return 1;
  const count = Number(toHalfWidth(text).replace(/人$/, ''));
  return Number.isInteger(count) && count >= 1 && count <= 10_000 ? count : `"${clip(text)}" is not a head count from 1 to 10000`;
}

/** The ledger column each input property comes from. */
const FIELD_OF_PROPERTY: Record<string, LedgerField> = {
  channel: 'channel', category: 'category', headCount: 'headCount', summary: 'summary', request: 'request', receivedAt: 'receivedAt',
  name: 'name', idNumber: 'idNumber', phone: 'phone', address: 'address', petitioners: 'name',
};

function problemsOf(error: ValidationError, problems: LedgerProblem[], column: (field: LedgerField) => string): void {
  for (const message of Object.values(error.constraints ?? {})) {
    problems.push({ column: column(FIELD_OF_PROPERTY[error.property] ?? 'name'), code: LedgerProblemCode.INVALID_VALUE, problem: message.replace(/^(\w+\.)*\w+:\s*/, '') });
  }
  for (const child of error.children ?? []) problemsOf(child, problems, column);
}

/** A piece of what was written, short enough for a report. */
function clip(text: string): string {
  return text.length > 20 ? `${text.slice(0, 20)}…` : text;
}
