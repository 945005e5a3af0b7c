import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261121000004JointVisits } from './Migration20261121000004_joint_visits';

/** Oldest first; listed explicitly so compiled and test runs load the same classes. */
export const migrations: MigrationObject[] = [
  { name: 'Migration20261121000004_joint_visits', class: Migration20261121000004JointVisits },
];
