/**
 * What an update asks to change: fields left out (undefined) stay as they are; null clears
 * a field only where clearing makes sense (a department, a superior), and is ignored elsewhere.
 */
export function patchFrom<T extends object>(input: T, clearable: readonly (keyof T)[] = []): Partial<T> {
  const entries = Object.entries(input).filter(([key, value]) => value !== undefined && (value !== null || clearable.includes(key as keyof T)));
  return Object.fromEntries(entries) as Partial<T>;
}

/** The fields of `patch` whose value differs from the record's; lists compare as sets (roles). */
export function changedFields<R extends object>(record: R, patch: Partial<R>): (keyof R & string)[] {
  return (Object.keys(patch) as (keyof R & string)[]).filter((key) => !sameValue(record[key], patch[key]));
}

function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item) => b.includes(item));
  return a === b;
}
