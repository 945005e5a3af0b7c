import { maskIdNumber, maskPhone } from './masking';

/** Anything shaped like a resident identity number, not inside a longer token. */
const ID_NUMBER = /(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])/g;
/** A mainland mobile number, with or without +86 and separators, not inside a longer token. */
const MOBILE = /(?<![0-9A-Za-z+])(?:\+?86[\s-]?)?1[3-9]\d[\s-]?\d{4}[\s-]?\d{4}(?![0-9A-Za-z])/g;

/** Field names whose values are personal data wherever they appear in a log line's object. */
const SENSITIVE_KEYS = ['idNumber', 'phone', 'documentNumber'];

/**
 * Pino redaction paths for those fields: at the top, one or two levels down, and in a
 * GraphQL operation's variables. A backstop: `scrubPersonalData` also masks the shapes.
 */
export const PERSONAL_DATA_REDACT_PATHS: string[] = SENSITIVE_KEYS.flatMap((key) => [
  key, `*.${key}`, `*.*.${key}`, `*.*.*.${key}`, `input.petitioners[*].${key}`, `variables.input.petitioners[*].${key}`, `*.petitioners[*].${key}`,
]);

/** Masks ID numbers and mobile numbers in free text (a message, an error from a library). */
export function scrubText(text: string): string {
  return text.replace(ID_NUMBER, (match) => maskIdNumber(match)).replace(MOBILE, (match) => maskPhone(match));
}

const MAX_DEPTH = 6;

/** A quoted SQL literal, and the value PostgreSQL repeats in a key violation's detail. */
const SQL_LITERAL = /'(?:[^']|'')*'/g;
const KEY_DETAIL = /(Key \([^)]*\)=\()[^)]*(\))/g;

/**
 * A database error from MikroORM or pg: its message quotes the failed statement with every
 * value in it (a petitioner's name and address, the text of a petition), and a key violation's
 * detail repeats the value; both are cut, keeping the statement's shape and the reason.
 */
function isDatabaseError(error: Error): boolean {
  return 'sqlState' in error || 'routine' in error;
}

function withoutSqlValues(text: string): string {
  return text.replace(SQL_LITERAL, "'…'").replace(KEY_DETAIL, '$1…$2');
}

/**
 * A copy of a log argument with every string scrubbed: plain objects and arrays walked, errors
 * copied with their class and every own property (message, stack, cause, code) scrubbed.
 * Other objects (dates, buffers, class instances) pass unchanged.
 */
export function scrubPersonalData(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return scrubText(value);
  if (value === null || typeof value !== 'object' || depth > MAX_DEPTH) return value;
  if (value instanceof Error) {
    // A copy of the same class, so the log still names it (KafkaJSProtocolError, ...).
    const copy = Object.create(Object.getPrototypeOf(value) as object) as Record<string, unknown>;
    const scrub = isDatabaseError(value) ? (item: unknown) => (typeof item === 'string' ? withoutSqlValues(item) : item) : (item: unknown) => item;
    for (const key of Object.getOwnPropertyNames(value)) copy[key] = scrubPersonalData(scrub((value as unknown as Record<string, unknown>)[key]), depth + 1);
    return copy;
  }
  if (Array.isArray(value)) return value.map((item) => scrubPersonalData(item, depth + 1));
  const prototype = Object.getPrototypeOf(value) as unknown;
  if (prototype !== Object.prototype && prototype !== null) return value;
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, scrubPersonalData(item, depth + 1)]));
}
