import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { Role, audit, requireCaller } from '@xinfang/kit';
import type { RequestContext } from '@xinfang/kit';
import { readLedgerFile } from './ledger-file';
import { ImportPetitionLedgerInput } from './ledger-import.input';
import { importPetitionLedger } from './ledger-import.service';
import { LedgerImport } from './ledger-import.type';

@Resolver()
export class LedgerResolver {
  @Authorized(Role.RECEPTION, Role.HANDLER, Role.DEPARTMENT_HEAD, Role.LEADER)
  @Mutation(() => LedgerImport, {
    description: 'Imports a petition ledger (台账) as petitions received by your agency, every row through the rules of registerPetition, in one transaction: rows with problems or duplicating a stored petition or an earlier row (same person, day and matter) are rejected with their reasons. A dry run (the default) reports without writing.',
  })
  async importPetitionLedger(@Arg('input') input: ImportPetitionLedgerInput, @Ctx() context: RequestContext): Promise<LedgerImport> {
    const caller = requireCaller(context);
    const sheet = await readLedgerFile(input.fileName, Buffer.from(input.contentBase64, 'base64'));
    const report = await importPetitionLedger(context.em, sheet, caller, { dryRun: input.dryRun, fileName: input.fileName, traceparent: context.traceparent });
    // Counts and the file's name, never a row: who brought how many petitions in, or tried to.
    await audit(context, {
      operation: 'IMPORT', subjectType: 'Ledger', subjectId: 'petitions', fields: [],
      criteria: { fileName: input.fileName, dryRun: report.dryRun, rowCount: report.rowCount, importedCount: report.importedCount, rejectedCount: report.rejectedCount },
    });
    return report;
  }
}
