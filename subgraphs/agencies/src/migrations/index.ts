import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261121000001Agency } from './Migration20261121000001_agency';
import { Migration20261122000001Directory } from './Migration20261122000001_directory';

/** Oldest first; listed explicitly so compiled and test runs load the same classes. */
export const migrations: MigrationObject[] = [
  { name: 'Migration20261121000001_agency', class: Migration20261121000001Agency },
  { name: 'Migration20261122000001_directory', class: Migration20261122000001Directory },
];
