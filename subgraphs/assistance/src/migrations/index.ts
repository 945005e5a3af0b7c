import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261121000003Assistance } from './Migration20261121000003_assistance';
import { Migration20261123000020AssistanceCases } from './Migration20261123000020_assistance_cases';

/** Oldest first; listed explicitly so compiled and test runs load the same classes. */
export const migrations: MigrationObject[] = [
  { name: 'Migration20261121000003_assistance', class: Migration20261121000003Assistance },
  { name: 'Migration20261123000020_assistance_cases', class: Migration20261123000020AssistanceCases },
];
