import { createWriteStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { readEnv } from '@xinfang/kit/identity';
import { MAX_LEDGER_BASE64 } from './ledger-limits';
import type { LedgerImport } from './ledger-import.type';

const USAGE = `Petition ledgers (台账) in and out, for the caller the token names.

  npm run -s ledger -- import 台账.xlsx            check every row and report; writes nothing
  npm run -s ledger -- import 台账.xlsx --commit   import the rows that pass, in one transaction
  npm run -s ledger -- export petitions 信访件.xlsx [--param status=ACCEPTED --param from=2026-01-01]
  npm run -s ledger -- export overdue 逾期.csv [--param dueWithinDays=3]
  npm run -s ledger -- export statistics 统计.xlsx --param agencyId=bengbu-procuratorate --param from=2026-01-01 --param to=2027-01-01
  npm run -s ledger -- export statistics 渠道.csv --param agencyId=… --param from=… --param to=… --param by=channel

The token is --token or $TOKEN (npm run -s token -- --user reception). Both go through the
gateway ($XINFANG_GATEWAY_URL, http://127.0.0.1:4000/graphql; exports stream from its /exports).`;

const IMPORT = `mutation($input: ImportPetitionLedgerInput!) {
  importPetitionLedger(input: $input) {
    dryRun rowCount importedCount rejectedCount ignoredColumns
    imported { rowNumber trackingNumber accessCode repeat }
    rejected { rowNumber duplicateOfRow duplicateOfPetitionId problems { column code problem } }
  }
}`;

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { commit: { type: 'boolean' }, token: { type: 'string' }, param: { type: 'string', multiple: true }, json: { type: 'boolean' }, help: { type: 'boolean' } },
  });
  const [command, ...rest] = positionals;
  if (values.help || !command) return usage(values.help ? 0 : 2);
  const env = readEnv({
    TOKEN: z.string().optional(),
    XINFANG_GATEWAY_URL: z.url().default('http://127.0.0.1:4000/graphql'),
  });
  const token = values.token ?? env.TOKEN;
  if (!token) throw new Error('No token: pass --token or set TOKEN (npm run -s token -- --user reception)');
  if (command === 'import' && rest.length === 1) return importLedger(env.XINFANG_GATEWAY_URL, token, rest[0]!, Boolean(values.commit), Boolean(values.json));
  if (command === 'export' && rest.length === 2) return exportList(new URL(env.XINFANG_GATEWAY_URL).origin, token, rest[0]!, rest[1]!, values.param ?? []);
  return usage(2);
}

async function importLedger(url: string, token: string, path: string, commit: boolean, json: boolean): Promise<void> {
  const contentBase64 = (await readFile(path)).toString('base64');
  if (contentBase64.length > MAX_LEDGER_BASE64) throw new Error(`${path} is too large for one import (at most about 560 KB): split it`);
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: IMPORT, variables: { input: { fileName: basename(path), contentBase64, dryRun: !commit } } }),
  });
  const body = (await response.json()) as { data?: { importPetitionLedger: LedgerImport } | null; errors?: { message: string; extensions?: { code?: string } }[] };
  if (!body.data) throw new Error((body.errors ?? []).map((error) => `${error.extensions?.code ?? 'ERROR'}: ${error.message}`).join('\n') || `HTTP ${response.status}`);
  const report = body.data.importPetitionLedger;
  if (json) {
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    return;
  }
  const lines = report.rejected.flatMap((row) => row.problems.map((problem) => `  row ${row.rowNumber}: ${problem.column ? `${problem.column} ` : ''}${problem.code} ${problem.problem}`));
  process.stdout.write([
    `${report.dryRun ? 'Dry run (nothing written)' : 'Imported'}: ${report.rowCount} rows, ${report.importedCount} ${report.dryRun ? 'would be imported' : 'imported'}, ${report.rejectedCount} rejected.`,
    ...(report.ignoredColumns.length ? [`Columns not read: ${report.ignoredColumns.join(', ')}`] : []),
    ...(lines.length ? ['Rejected:', ...lines] : []),
    ...(report.dryRun ? ['Run again with --commit to import.'] : ['Tracking numbers and access codes: --json.']),
  ].join('\n') + '\n');
}

async function exportList(baseUrl: string, token: string, list: string, path: string, params: readonly string[]): Promise<void> {
  if (!['petitions', 'overdue', 'statistics'].includes(list)) throw new Error('Export petitions, overdue or statistics');
  const format = extname(path).slice(1).toLowerCase();
  const query = new URLSearchParams(params.map((param) => param.split('=', 2) as [string, string]));
  const response = await fetch(`${baseUrl.replace(/\/$/, '')}/exports/${list}.${format}?${query}`, { headers: { authorization: `Bearer ${token}` } });
  if (!response.ok || !response.body) {
    const body = (await response.json().catch(() => null)) as { errors?: { message: string }[] } | null;
    throw new Error(body?.errors?.[0]?.message ?? `HTTP ${response.status}`);
  }
  await pipeline(Readable.fromWeb(response.body as WebReadableStream), createWriteStream(path));
  process.stdout.write(`Wrote ${path}\n`);
}

function usage(exitCode: number): void {
  process.stdout.write(`${USAGE}\n`);
  process.exitCode = exitCode;
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
