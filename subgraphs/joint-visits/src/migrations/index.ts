import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261121000004JointVisits } from './Migration20261121000004_joint_visits';
import { Migration20261121000005ReceivedPetition } from './Migration20261121000005_received_petition';
import { Migration20261124000060CaseCarryingVisits } from './Migration20261124000060_case_carrying_visits';
import { Migration20261124000061ContactPoints } from './Migration20261124000061_contact_points';

/** Oldest first; listed explicitly so compiled and test runs load the same classes. */
export const migrations: MigrationObject[] = [
  { name: 'Migration20261121000004_joint_visits', class: Migration20261121000004JointVisits },
  { name: 'Migration20261121000005_received_petition', class: Migration20261121000005ReceivedPetition },
  { name: 'Migration20261124000060_case_carrying_visits', class: Migration20261124000060CaseCarryingVisits },
  { name: 'Migration20261124000061_contact_points', class: Migration20261124000061ContactPoints },
];
