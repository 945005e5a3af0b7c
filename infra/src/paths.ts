import { join, resolve } from 'node:path';

/** infra/ itself; the compiled file lives in infra/dist, so one level up. */
export const infraRoot: string = resolve(__dirname, '..');

/** The monorepo root (infra/dist/../..). */
export const projectRoot: string = resolve(__dirname, '..', '..');

/** Where local services keep state between runs; git-ignored (`.data/`). */
export const defaultDataDir: string = join(projectRoot, '.data');

/**
 * The data directory to use: an explicit override (tests pass a temp dir)
 * wins over the project's `.data`.
 */
export function dataDir(override?: string): string {
  return override === undefined ? defaultDataDir : resolve(override);
}
