import { randomInt } from 'node:crypto';
import { Client } from 'pg';
import { residentIdCheckCharacter, subgraphDatabaseUrl } from '@xinfang/kit';
import { testEnv } from './test-env';

/**
 * A made-up resident identity number with a correct check digit, different on every call so
 * tests never match each other's petitioners: a Bengbu district, a birth date in 1950–1999,
 * a random sequence. Not anyone's number, or only by chance.
 */
export function madeUpIdNumber(): string {
  const pad = (value: number, width: number) => String(value).padStart(width, '0');
  const first17 = `340302${1950 + randomInt(50)}${pad(1 + randomInt(12), 2)}${pad(1 + randomInt(28), 2)}${pad(randomInt(1000), 3)}`;
  return first17 + residentIdCheckCharacter(first17);
}

/** The same number with its check digit wrong. */
export function withWrongCheckDigit(idNumber: string): string {
  const check = idNumber.slice(-1);
  return idNumber.slice(0, 17) + (check === '0' ? '1' : '0');
}

/** A made-up mainland mobile number. */
export function madeUpMobile(): string {
  return `139${String(randomInt(100_000_000)).padStart(8, '0')}`;
}

/** Rows straight from the petitions subgraph's own database, as an operator would see them. */
export async function petitionsRows<Row extends object = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<Row[]> {
  const client = new Client({ connectionString: subgraphDatabaseUrl(testEnv.databaseUrl, 'petitions') });
  await client.connect();
  try {
    return (await client.query<Row>(sql, params)).rows;
  } finally {
    await client.end();
  }
}
