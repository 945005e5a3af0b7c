import ExcelJS from 'exceljs';
import type { CellValue } from 'exceljs';
import { BadUserInputError } from '@xinfang/kit';
import { LEDGER_COLUMNS, fieldOfHeader } from './ledger-columns';
import type { LedgerField } from './ledger-columns';
import { decodeCsv, parseCsv } from './ledger-csv';
import { MAX_LEDGER_ROWS } from './ledger-limits';
import type { LedgerCell, LedgerRow } from './ledger-row';
import type { ColumnNames } from './ledger-row';


/** The header is looked for in the first rows, below any title the ledger has. */
const HEADER_SEARCH_ROWS = 10;

export type LedgerFormat = 'xlsx' | 'csv';

/** A ledger read from its file: which column is which, and its rows below the header. */
export interface LedgerSheet {
  columns: ColumnNames;
  /** Headers the import does not read (a status, a handler), reported so nothing is lost unnoticed. */
  ignoredHeaders: string[];
  rows: LedgerRow[];
}

export function ledgerFormatOf(fileName: string): LedgerFormat {
  const extension = /\.([a-z0-9]+)$/i.exec(fileName.trim())?.[1]?.toLowerCase();
  if (extension === 'xlsx' || extension === 'csv') return extension;
  if (extension === 'xls' || extension === 'et') throw new BadUserInputError('An .xls or .et workbook is an old format: save it as .xlsx (Excel Workbook) or CSV', { field: 'fileName' });
  throw new BadUserInputError('A ledger is an .xlsx workbook or a .csv file', { field: 'fileName' });
}

/** Reads a ledger file: the first worksheet with a recognisable header, or the CSV. */
export async function readLedgerFile(fileName: string, bytes: Buffer): Promise<LedgerSheet> {
  const grids = ledgerFormatOf(fileName) === 'csv' ? [csvGrid(bytes)] : await workbookGrids(bytes);
  for (const grid of grids) {
    const sheet = sheetOf(grid);
    if (sheet) return sheet;
  }
  const required = Object.values(LEDGER_COLUMNS).filter((column) => column.required).map((column) => column.header);
  throw new BadUserInputError(`No header row found in the first ${HEADER_SEARCH_ROWS} rows: a ledger has the columns ${required.join(', ')}`, { field: 'contentBase64' });
}

/** Rows of cells, each with its row number as the spreadsheet shows it. */
type Grid = { rowNumber: number; cells: LedgerCell[] }[];

function csvGrid(bytes: Buffer): Grid {
  return parseCsv(decodeCsv(bytes)).map((cells, index) => ({ rowNumber: index + 1, cells }));
}

async function workbookGrids(bytes: Buffer): Promise<Grid[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch {
    throw new BadUserInputError('The file is not an .xlsx workbook that can be read', { field: 'contentBase64' });
  }
  return workbook.worksheets.map((worksheet) => {
    const grid: Grid = [];
    worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const cells: LedgerCell[] = [];
      row.eachCell({ includeEmpty: true }, (cell, column) => {
        cells[column - 1] = cellOf(cell.value);
      });
      grid.push({ rowNumber, cells: Array.from(cells, (cell) => cell ?? null) });
    });
    return grid;
  });
}

/** A workbook cell's value: formulas by their result, rich text and links by their text. */
function cellOf(value: CellValue): LedgerCell {
  if (value === null || value === undefined) return null;
  if (value instanceof Date || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('result' in value) return cellOf(value.result as CellValue);
  if ('text' in value) return typeof value.text === 'string' ? value.text : cellOf(value.text as CellValue);
  return null;
}

/** The sheet below the first row that names every required column; null if none does. */
function sheetOf(grid: Grid): LedgerSheet | null {
  const headerIndex = grid.slice(0, HEADER_SEARCH_ROWS).findIndex(({ cells }) => {
    const fields = new Set(cells.map((cell) => (typeof cell === 'string' ? fieldOfHeader(cell) : undefined)));
    return (Object.keys(LEDGER_COLUMNS) as LedgerField[]).every((field) => !LEDGER_COLUMNS[field].required || fields.has(field));
  });
  if (headerIndex < 0) return null;
  const columns: ColumnNames = {};
  const fieldAt: (LedgerField | undefined)[] = [];
  const ignoredHeaders: string[] = [];
  grid[headerIndex]!.cells.forEach((cell, index) => {
    const header = typeof cell === 'string' ? cell.trim() : cell === null ? '' : String(cell);
    const field = fieldOfHeader(header);
    if (field && columns[field]) throw new BadUserInputError(`Two columns are ${LEDGER_COLUMNS[field].header}: ${columns[field]} and ${header}`, { field: 'contentBase64' });
    if (field) {
      columns[field] = header;
      fieldAt[index] = field;
    } else if (header) ignoredHeaders.push(header);
  });
  const rows = grid.slice(headerIndex + 1).map(({ rowNumber, cells }) => ({
    rowNumber,
    values: Object.fromEntries(fieldAt.flatMap((field, index) => (field ? [[field, cells[index] ?? null]] : []))),
  }));
  if (rows.length > MAX_LEDGER_ROWS) throw new BadUserInputError(`A ledger import takes at most ${MAX_LEDGER_ROWS} rows; this one has ${rows.length}: split it`, { field: 'contentBase64' });
  return { columns, ignoredHeaders, rows };
}
