import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { DomainError, endOfShanghaiDay, shanghaiDateOf, startOfShanghaiDay } from '@xinfang/kit';
import type { Identity } from '@xinfang/kit';
import { issueAccessCode } from '../petition/access-code';
import type { IssuedAccessCode } from '../petition/access-code';
import { registerPetition } from '../petition/petition.service';
import type { RegisterPetitionInput } from '../petition/register-petition.input';
import { idNumberHash, phoneHash } from '../petitioner/petitioner-protection';
import { DocumentType } from '../petitioner/petitioner-kind';
import type { LedgerSheet } from './ledger-file';
import { LedgerProblemCode } from './ledger-problem';
import type { LedgerProblem } from './ledger-problem';
import { isBlankRow, parseLedgerRow } from './ledger-row';
import type { LedgerImport, RejectedLedgerRow } from './ledger-import.type';

export interface LedgerImportOptions {
  dryRun: boolean;
  fileName: string;
  traceparent?: string;
}

/** What a stored or imported petition is matched by: one person, one China day, one matter. */
interface MatterOwner {
  rowNumber?: number;
  petitionId?: string;
  trackingNumber?: string;
}

/** Thrown inside a dry run's transaction to roll it back once the report is made. */
class DryRunRollback extends Error {}

/** How many access codes are hashed ahead of the registrations, on libuv's thread pool. */
const CODES_AHEAD = 4;

/**
 * Access codes for a run of registrations: a few always being hashed ahead (scrypt is slow on
 * purpose, and runs off the event loop), so registering waits on the database, not the hash.
 * A dry run hands out none: what it registers is rolled back, and no code reaches anyone.
 */
function accessCodes(dryRun: boolean): () => Promise<IssuedAccessCode> {
  if (dryRun) return () => Promise.resolve({ code: '', hash: 'dry-run' });
  const ahead: Promise<IssuedAccessCode>[] = [];
  return () => {
    while (ahead.length < CODES_AHEAD + 1) ahead.push(issueAccessCode());
    return ahead.shift()!;
  };
}

/**
 * Imports a ledger's rows as petitions of the caller's agency, through `registerPetition`
 * (every rule, seal, flag, clock and event of a petition registered by hand), in ORDER and in
 * ONE transaction: a failure of the database or of the process leaves nothing imported. A row
 * with problems, or the same person, day and matter as a petition the agency already has or
 * as an earlier row of the file being imported, is rejected with its reasons and the rest go
 * in. A dry run does all of it, registrations included, and rolls back: its report is what the
 * import would do now.
 */
export async function importPetitionLedger(em: EntityManager, sheet: LedgerSheet, caller: Identity, options: LedgerImportOptions): Promise<LedgerImport> {
  const now = new Date();
  const rows = sheet.rows.filter((row) => !isBlankRow(row)).map((row) => parseLedgerRow(row, sheet.columns, now));
  const report: LedgerImport = { dryRun: options.dryRun, rowCount: rows.length, importedCount: 0, rejectedCount: 0, ignoredColumns: sheet.ignoredHeaders, imported: [], rejected: [] };
  const reject = (rejected: RejectedLedgerRow) => report.rejected.push(rejected);

  const run = async (tx: EntityManager) => {
    const valid = rows.flatMap((row) => (row.input ? [row.input] : []));
    const stored = await storedMatters(tx, caller.agencyId, valid);
    const inFile = new Map<string, MatterOwner>();
    const nextAccessCode = accessCodes(options.dryRun);
    for (const row of rows) {
      if (!row.input) {
        reject({ rowNumber: row.rowNumber, problems: [...row.problems] });
        continue;
      }
      const keys = rowMatterKeys(row.input);
      const storedOwner = keys.map((key) => stored.get(key)).find(Boolean);
      const fileOwner = keys.map((key) => inFile.get(key)).find(Boolean);
      if (storedOwner) {
        reject({ rowNumber: row.rowNumber, duplicateOfPetitionId: storedOwner.petitionId, problems: [duplicate(LedgerProblemCode.DUPLICATE_OF_STORED, `the same person, day and matter as petition ${storedOwner.trackingNumber}, already registered`)] });
        continue;
      }
      if (fileOwner) {
        reject({ rowNumber: row.rowNumber, duplicateOfRow: fileOwner.rowNumber, problems: [duplicate(LedgerProblemCode.DUPLICATE_IN_FILE, `the same person, day and matter as row ${fileOwner.rowNumber}`)] });
        continue;
      }
      try {
        const note = `Imported from the ledger ${options.fileName.slice(0, 100)}, row ${row.rowNumber}.`;
        const { petition, accessCode } = await registerPetition(tx, row.input, caller, { traceparent: options.traceparent, note, accessCode: nextAccessCode() });
        report.imported.push(options.dryRun
          ? { rowNumber: row.rowNumber, petitionId: null, trackingNumber: null, accessCode: null, repeat: petition.repeat }
          : { rowNumber: row.rowNumber, petitionId: petition.id, trackingNumber: petition.trackingNumber, accessCode, repeat: petition.repeat });
        for (const key of petitionMatterKeys(row.input)) inFile.set(key, { rowNumber: row.rowNumber });
      } catch (error) {
        // Registration refuses before it creates anything (a final decision, an inactive agency).
        if (!(error instanceof DomainError)) throw error;
        reject({ rowNumber: row.rowNumber, problems: [{ column: '', code: LedgerProblemCode.REFUSED, problem: `${String(error.extensions.code)}: ${error.message}` }] });
      }
      // Every row is flushed by its registration: forget it, so each flush looks at one petition's rows.
      tx.clear();
    }
  };

  if (options.dryRun) {
    await em.transactional(async (tx) => {
      await run(tx);
      throw new DryRunRollback();
    }).catch((error: unknown) => {
      if (!(error instanceof DryRunRollback)) throw error;
    });
  } else {
    await em.transactional(run);
  }
  report.importedCount = report.imported.length;
  report.rejectedCount = report.rejected.length;
  report.rejected.sort((a, b) => a.rowNumber - b.rowNumber);
  return report;
}

function duplicate(code: LedgerProblemCode, problem: string): LedgerProblem {
  return { column: '', code, problem };
}

/** The matter: its category and the summary's words, without the spaces and punctuation that differ between copies. */
function matterOf(category: string, summary: string): string {
  return createHash('sha256').update(`${category}\n${summary.normalize('NFKC').replace(/[\s\p{P}]/gu, '').toLowerCase()}`).digest('base64url');
}

/** Who a person is, as strongly as the row says: the ID number, else the phone, else the name. */
function rowPersonKeys(input: RegisterPetitionInput): string[] {
  const person = input.petitioners![0]!;
  const keys = [
    person.idNumber ? `id:${idNumberHash(DocumentType.RESIDENT_ID, person.idNumber)}` : null,
    person.phone ? `phone:${phoneHash(person.phone)}` : null,
  ].filter((key) => key !== null);
  return keys.length > 0 ? keys : [`name:${person.name.trim()}`];
}

/** Every way a registered petition's person is matched: a later row naming only them matches too. */
function registeredPersonKeys(person: { idNumberHash: string | null; phoneHash: string | null; name: string }): string[] {
  return [person.idNumberHash ? `id:${person.idNumberHash}` : null, person.phoneHash ? `phone:${person.phoneHash}` : null, `name:${person.name.trim()}`].filter((key) => key !== null);
}

const matterKeys = (personKeys: readonly string[], receivedAt: Date, category: string, summary: string) =>
  personKeys.map((person) => `${person}|${shanghaiDateOf(receivedAt)}|${matterOf(category, summary)}`);

function rowMatterKeys(input: RegisterPetitionInput): string[] {
  return matterKeys(rowPersonKeys(input), input.receivedAt!, input.category, input.summary);
}

function petitionMatterKeys(input: RegisterPetitionInput): string[] {
  const person = input.petitioners![0]!;
  const keys = registeredPersonKeys({
    idNumberHash: person.idNumber ? idNumberHash(DocumentType.RESIDENT_ID, person.idNumber) : null,
    phoneHash: person.phone ? phoneHash(person.phone) : null,
    name: person.name,
  });
  return matterKeys(keys, input.receivedAt!, input.category, input.summary);
}

/**
 * The agency's petitions that the ledger's rows could duplicate, by their matter keys: one
 * query, from the people's few petitioner rows (hash and name indexes) to petitions received
 * by the agency on the ledger's days.
 */
async function storedMatters(em: EntityManager, agencyId: string, inputs: readonly RegisterPetitionInput[]): Promise<Map<string, MatterOwner>> {
  const matters = new Map<string, MatterOwner>();
  if (inputs.length === 0) return matters;
  const days = inputs.map((input) => shanghaiDateOf(input.receivedAt!)).sort();
  const keys = inputs.flatMap(rowPersonKeys);
  const values = (prefix: string) => JSON.stringify(keys.filter((key) => key.startsWith(prefix)).map((key) => key.slice(prefix.length)));
  const rows = await em.execute<{ id: string; tracking_number: string; received_at: Date; category: string; summary: string; id_number_hash: string | null; phone_hash: string | null; name: string }[]>(
    `select p.id, p.tracking_number, p.received_at, p.category, p.summary, t.id_number_hash, t.phone_hash, t.name
     from petitioner t join petition p on p.id = t.petition_id
     where (t.id_number_hash in (select jsonb_array_elements_text(?::jsonb))
         or t.phone_hash in (select jsonb_array_elements_text(?::jsonb))
         or t.name in (select jsonb_array_elements_text(?::jsonb)))
       and p.receiving_agency_id = ? and p.received_at >= ? and p.received_at <= ?`,
    [values('id:'), values('phone:'), values('name:'), agencyId, startOfShanghaiDay(days[0]!), endOfShanghaiDay(days.at(-1)!)],
  );
  for (const row of rows) {
    const owner = { petitionId: row.id, trackingNumber: row.tracking_number };
    for (const key of matterKeys(registeredPersonKeys({ idNumberHash: row.id_number_hash, phoneHash: row.phone_hash, name: row.name }), new Date(row.received_at), row.category, row.summary)) {
      matters.set(key, owner);
    }
  }
  return matters;
}
