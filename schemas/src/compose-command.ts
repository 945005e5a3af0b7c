import 'reflect-metadata';
import { renderSchemas } from './render-schemas';
import { schemasDir, staleSchemaFiles, writeSchemaFiles } from './schema-files';

/** `npm run schemas`: regenerate everything in schemas/; `-- --check` only reports staleness. */
async function main(): Promise<void> {
  const files = await renderSchemas();
  if (process.argv.includes('--check')) {
    const stale = await staleSchemaFiles(files);
    if (stale.length > 0) {
      process.stderr.write(`Stale schemas (run npm run schemas):\n${stale.map((path) => `  ${path}`).join('\n')}\n`);
      process.exitCode = 1;
    }
    return;
  }
  await writeSchemaFiles(files);
  process.stdout.write(`Wrote ${files.size} files to ${schemasDir}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
