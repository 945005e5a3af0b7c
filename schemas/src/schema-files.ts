import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';

/** Where the generated schemas live: the `schemas/` folder beside this package's `src/`. */
export const schemasDir = join(__dirname, '..');
const GENERATED_DIRS = ['subgraphs', 'events'];

export async function writeSchemaFiles(files: Map<string, string>, dir = schemasDir): Promise<void> {
  for (const stale of await listGenerated(dir)) if (!files.has(stale)) await rm(join(dir, stale));
  for (const [path, content] of files) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), content);
  }
}

/** Paths that differ from what would be generated now, are missing, or should not exist. */
export async function staleSchemaFiles(files: Map<string, string>, dir = schemasDir): Promise<string[]> {
  const stale: string[] = [];
  for (const [path, content] of files) {
    const current = await readFile(join(dir, path), 'utf8').catch(() => null);
    if (current !== content) stale.push(path);
  }
  for (const path of await listGenerated(dir)) if (!files.has(path)) stale.push(path);
  return stale;
}

async function listGenerated(dir: string): Promise<string[]> {
  const paths: string[] = [];
  for (const sub of GENERATED_DIRS) {
    const entries = await readdir(join(dir, sub), { recursive: true, withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      if (entry.isFile()) paths.push(relative(dir, join(entry.parentPath, entry.name)));
    }
  }
  return paths;
}
