import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { withMatrixTable } from './readme-table';

describe('the README\'s access matrix', () => {
  it('is the table the matrix the tests run prints (npm run -s access-matrix rewrites it)', () => {
    const readme = readFileSync(join(__dirname, '..', '..', 'README.md'), 'utf8');
    expect(readme).toBe(withMatrixTable(readme));
  });
});
