import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261121000002Petition } from './Migration20261121000002_petition';
import { Migration20261122000010PetitionWorkflow } from './Migration20261122000010_petition_workflow';

/** Oldest first; listed explicitly so compiled and test runs load the same classes. */
export const migrations: MigrationObject[] = [
  { name: 'Migration20261121000002_petition', class: Migration20261121000002Petition },
  { name: 'Migration20261122000010_petition_workflow', class: Migration20261122000010PetitionWorkflow },
];
