import { IsBase64, Length, MaxLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { MAX_LEDGER_BASE64 } from './ledger-limits';

@InputType({ description: 'A petition ledger (台账) to import: an .xlsx workbook or a CSV file (UTF-8 or GB 18030), base64-encoded.' })
export class ImportPetitionLedgerInput {
  @Field({ description: 'The file\'s name; its extension (.xlsx or .csv) says how to read it.' })
  @Length(5, 200)
  fileName!: string;

  @Field({ description: `The file's bytes in base64, at most ${MAX_LEDGER_BASE64} characters.` })
  @MaxLength(MAX_LEDGER_BASE64, { message: `contentBase64: a ledger is at most ${MAX_LEDGER_BASE64} base64 characters (about 560 KB); import a larger one in parts` })
  @IsBase64()
  contentBase64!: string;

  @Field({ defaultValue: true, description: 'Check and report without writing anything (the default); false imports.' })
  dryRun: boolean = true;
}
