/**
 * How identifying numbers are shown to whoever may not see them whole: enough to tell two
 * people apart on a screen or confirm one on the phone, never enough to be the number.
 */

/** `340302198506151230` → `3403**********1230`: the region's first four and the last four. */
export function maskIdNumber(value: string): string {
  const number = value.trim();
  if (number.length <= 8) return `${'*'.repeat(Math.max(number.length - 2, 1))}${number.slice(-2)}`;
  return `${number.slice(0, 4)}${'*'.repeat(number.length - 8)}${number.slice(-4)}`;
}

/** `13812345678` → `138****5678`: the network prefix and the last four. */
export function maskPhone(value: string): string {
  const digits = normalizePhone(value);
  if (digits.length < 8) return `${'*'.repeat(Math.max(digits.length - 2, 1))}${digits.slice(-2)}`;
  return `${digits.slice(0, 3)}${'*'.repeat(digits.length - 7)}${digits.slice(-4)}`;
}

/**
 * The digits of a phone number, without spaces, dashes, brackets or China's country code, so
 * `+86 138-1234-5678` and `13812345678` are one number to match and to mask.
 */
export function normalizePhone(value: string): string {
  const digits = value.replace(/\D/g, '');
  return digits.length === 13 && digits.startsWith('86') ? digits.slice(2) : digits;
}

/** Why a phone number is not one, or null: 5 to 20 digits, with spaces, dashes, brackets or a leading +. */
export function phoneProblem(value: string): string | null {
  if (!/^\+?[\d\s()-]+$/.test(value.trim())) return 'a phone number is digits, with spaces, dashes or brackets';
  const length = normalizePhone(value).length;
  return length >= 5 && length <= 20 ? null : 'a phone number has 5 to 20 digits';
}
