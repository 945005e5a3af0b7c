import { once } from 'node:events';
import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { SHANGHAI_UTC_OFFSET_MS } from '@xinfang/kit';
import { csvLine, neutralizeFormula } from './ledger-csv';
import type { LedgerFormat } from './ledger-file';

export type ExportValue = string | number | Date | null;

/** One column of an export: its Chinese header and how a row fills it. */
export interface ExportColumn<Row> {
  header: string;
  width?: number;
  value(row: Row): ExportValue;
}

export interface ExportSheet<Row> {
  /** The worksheet's name, and the file's for a download. */
  title: string;
  columns: readonly ExportColumn<Row>[];
  /** The rows page by page, so an export of any length holds one page in memory. */
  pages: AsyncIterable<readonly Row[]>;
}

/** A sheet with its rows already turned into cells, so sheets of different rows share one workbook. */
export interface RenderedSheet {
  title: string;
  columns: readonly { header: string; width?: number }[];
  pages: AsyncIterable<readonly ExportValue[][]>;
}

export function rendered<Row>({ title, columns, pages }: ExportSheet<Row>): RenderedSheet {
  async function* cells(): AsyncIterable<ExportValue[][]> {
    for await (const page of pages) yield page.map((row) => columns.map((column) => column.value(row)));
  }
  return { title, columns, pages: cells() };
}

/**
 * Writes an export to a stream as it is read: CSV in UTF-8 with a byte-order mark (so Excel
 * shows the Chinese), or an .xlsx through exceljs's streaming writer, each row committed as it
 * is written, one worksheet per sheet. A CSV file holds one table, so it takes exactly one
 * sheet. Times are Beijing time. No cell is a formula: CSV text that a spreadsheet would run is
 * written as text, and the .xlsx holds plain values.
 */
export async function writeExport(format: LedgerFormat, sheets: readonly RenderedSheet[], out: Writable): Promise<void> {
  if (format === 'xlsx') return writeXlsx(sheets, out);
  if (sheets.length !== 1) throw new Error(`A CSV file holds one table, not ${sheets.length}`);
  return writeCsv(sheets[0]!, out);
}

async function writeCsv({ columns, pages }: RenderedSheet, out: Writable): Promise<void> {
  const write = async (text: string) => {
    if (!out.write(text)) await once(out, 'drain');
  };
  await write(`\ufeff${csvLine(columns.map((column) => column.header))}`);
  for await (const page of pages) {
    await write(page.map((cells) => csvLine(cells.map(csvText))).join(''));
  }
  out.end();
}

async function writeXlsx(sheets: readonly RenderedSheet[], out: Writable): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  for (const { title, columns, pages } of sheets) {
    const worksheet = workbook.addWorksheet(title, { views: [{ state: 'frozen', ySplit: 1 }] });
    worksheet.columns = columns.map((column, index) => ({ header: column.header, key: String(index), width: column.width ?? 14 }));
    worksheet.getRow(1).font = { bold: true };
    worksheet.getRow(1).commit();
    for await (const page of pages) {
      for (const cells of page) {
        const written = worksheet.addRow(cells.map(xlsxValue));
        written.eachCell((cell) => {
          if (cell.value instanceof Date) cell.numFmt = 'yyyy-mm-dd hh:mm';
        });
        written.commit();
      }
    }
    worksheet.commit();
  }
  await workbook.commit();
}

/** A cell as Beijing wall-clock time: a spreadsheet date has no zone, so its fields are set to what a clock in China showed. */
function beijingWallClock(instant: Date): Date {
  return new Date(instant.getTime() + SHANGHAI_UTC_OFFSET_MS);
}

function xlsxValue(value: ExportValue): ExportValue {
  return value instanceof Date ? beijingWallClock(value) : value;
}

function csvText(value: ExportValue): string {
  if (value === null) return '';
  if (value instanceof Date) return beijingWallClock(value).toISOString().slice(0, 16).replace('T', ' ');
  return typeof value === 'number' ? String(value) : neutralizeFormula(value);
}
