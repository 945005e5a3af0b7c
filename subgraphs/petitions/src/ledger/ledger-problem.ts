import { Field, ObjectType, registerEnumType } from 'type-graphql';

/** Why a ledger row was not imported, as a code a console can translate. */
export enum LedgerProblemCode {
  /** A required column is empty in this row. */
  MISSING = 'MISSING',
  INVALID_DATE = 'INVALID_DATE',
  FUTURE_DATE = 'FUTURE_DATE',
  UNKNOWN_CHANNEL = 'UNKNOWN_CHANNEL',
  UNKNOWN_CATEGORY = 'UNKNOWN_CATEGORY',
  /** Not a resident identity number: its form, province, birth date or GB 11643 check digit. */
  INVALID_ID_NUMBER = 'INVALID_ID_NUMBER',
  /** Copied from a masked list: stars where digits should be. */
  MASKED_ID_NUMBER = 'MASKED_ID_NUMBER',
  INVALID_PHONE = 'INVALID_PHONE',
  /** A value the API's own rules refuse (too short, too long, a head count below those named). */
  INVALID_VALUE = 'INVALID_VALUE',
  /** The same person, day and matter as an earlier row of the file that is imported. */
  DUPLICATE_IN_FILE = 'DUPLICATE_IN_FILE',
  /** The same person, day and matter as a petition already registered by the agency. */
  DUPLICATE_OF_STORED = 'DUPLICATE_OF_STORED',
  /** Registration refused it, e.g. a matter finally decided by re-review (FINAL_DECISION). */
  REFUSED = 'REFUSED',
}

registerEnumType(LedgerProblemCode, { name: 'LedgerProblemCode', description: 'Why a ledger row was not imported.' });

@ObjectType({ description: 'One thing wrong with a ledger row.' })
export class LedgerProblem {
  @Field({ description: 'The column at fault, as the file heads it (e.g. 身份证号); empty when it is the row as a whole (a duplicate, a refusal).' })
  column!: string;

  @Field(() => LedgerProblemCode)
  code!: LedgerProblemCode;

  @Field({ description: 'What is wrong, never quoting an ID or phone number.' })
  problem!: string;
}
