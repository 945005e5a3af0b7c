import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261121000001Agency } from './Migration20261121000001_agency';

/** Oldest first; listed explicitly so compiled and test runs load the same classes. */
export const migrations: MigrationObject[] = [
  { name: 'Migration20261121000001_agency', class: Migration20261121000001Agency },
];
