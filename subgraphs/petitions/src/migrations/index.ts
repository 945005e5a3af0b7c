import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261121000002Petition } from './Migration20261121000002_petition';

/** Oldest first; listed explicitly so compiled and test runs load the same classes. */
export const migrations: MigrationObject[] = [
  { name: 'Migration20261121000002_petition', class: Migration20261121000002Petition },
];
