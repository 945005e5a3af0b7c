import { randomBytes, randomInt, scrypt, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';

const scryptAsync = promisify(scrypt) as (password: string, salt: Buffer, keylen: number) => Promise<Buffer>;
const TRACKING_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';

/** XF-YYYYMMDD-XXXXXX: readable over the phone, no 0/O or 1/I to confuse. */
export function newTrackingNumber(receivedAt: Date): string {
  const day = receivedAt.toISOString().slice(0, 10).replace(/-/g, '');
  const suffix = Array.from({ length: 6 }, () => TRACKING_ALPHABET[randomInt(TRACKING_ALPHABET.length)]).join('');
  return `XF-${day}-${suffix}`;
}

/** Eight digits the petitioner keeps with the tracking number to look up progress. */
export function newAccessCode(): string {
  return String(randomInt(0, 100_000_000)).padStart(8, '0');
}

/** Slow salted hash: a leaked table does not hand out access codes. */
export async function hashAccessCode(code: string): Promise<string> {
  const salt = randomBytes(16);
  const hash = await scryptAsync(code, salt, 32);
  return `${salt.toString('base64')}:${hash.toString('base64')}`;
}

/** A new access code and its hash, to hand to the petitioner and to store. */
export interface IssuedAccessCode {
  code: string;
  hash: string;
}

export async function issueAccessCode(): Promise<IssuedAccessCode> {
  const code = newAccessCode();
  return { code, hash: await hashAccessCode(code) };
}

export async function accessCodeMatches(code: string, stored: string): Promise<boolean> {
  const [salt, hash] = stored.split(':');
  if (!salt || !hash) return false;
  const candidate = await scryptAsync(code, Buffer.from(salt, 'base64'), 32);
  const expected = Buffer.from(hash, 'base64');
  return candidate.length === expected.length && timingSafeEqual(candidate, expected);
}

/** A hash no code matches, so an unknown number costs the same scrypt as a wrong code. */
export const NO_PETITION_HASH = 'AAAAAAAAAAAAAAAAAAAAAA==:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=';
