import { Field, ID, Int, ObjectType } from 'type-graphql';
import { LedgerProblem } from './ledger-problem';

@ObjectType({ description: 'A ledger row registered as a petition (or that would be, in a dry run).' })
export class ImportedLedgerRow {
  @Field(() => Int, { description: 'The row number as the spreadsheet shows it.' })
  rowNumber!: number;

  @Field(() => ID, { nullable: true, description: 'The petition registered; null in a dry run.' })
  petitionId!: string | null;

  @Field(() => String, { nullable: true, description: 'Null in a dry run.' })
  trackingNumber!: string | null;

  @Field(() => String, { nullable: true, description: 'The code the petitioner follows progress with, to send them with the tracking number; null in a dry run.' })
  accessCode!: string | null;

  @Field(() => Boolean, { description: 'Registered as a repeat petition (重复访) of an earlier one.' })
  repeat!: boolean;
}

@ObjectType({ description: 'A ledger row not imported, and why.' })
export class RejectedLedgerRow {
  @Field(() => Int, { description: 'The row number as the spreadsheet shows it.' })
  rowNumber!: number;

  @Field(() => [LedgerProblem], { description: 'Every problem of the row.' })
  problems!: LedgerProblem[];

  @Field(() => Int, { nullable: true, description: 'The earlier row of the file it duplicates.' })
  duplicateOfRow?: number;

  @Field(() => ID, { nullable: true, description: 'The stored petition it duplicates.' })
  duplicateOfPetitionId?: string;
}

@ObjectType({ description: 'What a ledger import did, or in a dry run would do: every row imported or rejected with its reasons.' })
export class LedgerImport {
  @Field(() => Boolean, { description: 'Nothing was written: the report is what the import would do now.' })
  dryRun!: boolean;

  @Field(() => Int, { description: 'Rows read below the header, blank ones not counted.' })
  rowCount!: number;

  @Field(() => Int)
  importedCount!: number;

  @Field(() => Int)
  rejectedCount!: number;

  @Field(() => [String], { description: 'Headers of columns the import does not read (e.g. 状态, 承办人).' })
  ignoredColumns!: string[];

  @Field(() => [ImportedLedgerRow])
  imported!: ImportedLedgerRow[];

  @Field(() => [RejectedLedgerRow], { description: 'In row order.' })
  rejected!: RejectedLedgerRow[];
}
