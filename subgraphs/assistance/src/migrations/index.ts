import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261121000003Assistance } from './Migration20261121000003_assistance';

/** Oldest first; listed explicitly so compiled and test runs load the same classes. */
export const migrations: MigrationObject[] = [
  { name: 'Migration20261121000003_assistance', class: Migration20261121000003Assistance },
];
