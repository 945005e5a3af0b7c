/** GB 11643-1999: the weights of the first 17 digits and the check character for each remainder mod 11. */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARACTERS = '10X98765432';

/** Province-level codes the first two digits may take (GB/T 2260; 71 Taiwan, 81 Hong Kong, 82 Macao, 83 residence permits for Taiwan residents). */
const PROVINCES = new Set([
  '11', '12', '13', '14', '15', '21', '22', '23', '31', '32', '33', '34', '35', '36', '37',
  '41', '42', '43', '44', '45', '46', '50', '51', '52', '53', '54', '61', '62', '63', '64', '65',
  '71', '81', '82', '83',
]);

/** What a resident identity number says besides who it is. */
export interface ResidentIdFacts {
  birthDate: string;
  gender: 'MALE' | 'FEMALE';
}

/** The check character (0–9 or X) for the first 17 digits of a resident identity number. */
export function residentIdCheckCharacter(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new Error('A check character needs exactly 17 digits');
  const sum = [...first17].reduce((total, digit, index) => total + Number(digit) * WEIGHTS[index]!, 0);
  return CHECK_CHARACTERS[sum % 11]!;
}

/** Trims and upper-cases (a lower-case check `x` is the same number). */
export function normalizeResidentId(value: string): string {
  return value.trim().toUpperCase();
}

/**
 * Why a resident identity number (居民身份证号码) is not valid, or null if it is: 18 characters,
 * a known province, a real birth date from 1900 to today, and the GB 11643 check character.
 * The reason never quotes the number.
 */
export function residentIdProblem(value: string, today: Date = new Date()): string | null {
  const number = normalizeResidentId(value);
  if (!/^\d{17}[\dX]$/.test(number)) return 'a resident identity number is 17 digits and a check digit or X';
  if (!PROVINCES.has(number.slice(0, 2))) return 'a resident identity number starts with a province code';
  const birth = birthDateOf(number);
  if (!birth || birth.getUTCFullYear() < 1900 || birth.getTime() > today.getTime()) return 'the birth date in the resident identity number is not a plausible date';
  if (residentIdCheckCharacter(number.slice(0, 17)) !== number[17]) return 'the resident identity number\'s check digit does not match (GB 11643)';
  return null;
}

/** Birth date and gender of a valid resident identity number; null if it is not one. */
export function residentIdFacts(value: string): ResidentIdFacts | null {
  if (residentIdProblem(value)) return null;
  const number = normalizeResidentId(value);
  return {
    birthDate: `${number.slice(6, 10)}-${number.slice(10, 12)}-${number.slice(12, 14)}`,
    // The 17th digit, the sequence's last: odd for men, even for women.
    gender: Number(number[16]) % 2 === 1 ? 'MALE' : 'FEMALE',
  };
}

function birthDateOf(number: string): Date | null {
  const [year, month, day] = [number.slice(6, 10), number.slice(10, 12), number.slice(12, 14)].map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date : null;
}
