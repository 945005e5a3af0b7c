import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { matrixTable } from './matrix';

export const README = join(__dirname, '..', '..', '..', '..', 'README.md');
export const START = '<!-- access-matrix:start -->';
export const END = '<!-- access-matrix:end -->';

/** The README with the table between its markers replaced by the one the matrix prints. */
export function withMatrixTable(readme: string): string {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README.md has no ${START} … ${END} markers`);
  return `${readme.slice(0, start + START.length)}\n${matrixTable()}\n${readme.slice(end)}`;
}

/** `npm run -s access-matrix`: writes the table into the README. */
if (require.main === module) {
  writeFileSync(README, withMatrixTable(readFileSync(README, 'utf8')));
}
