import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261121000004JointVisits } from './Migration20261121000004_joint_visits';
import { Migration20261121000005ReceivedPetition } from './Migration20261121000005_received_petition';
import { Migration20261124000010SessionParticipants } from './Migration20261124000010_session_participants';
import { Migration20261124000011AssignmentDecisions } from './Migration20261124000011_assignment_decisions';
import { Migration20261124000012ReceivedPetitioners } from './Migration20261124000012_received_petitioners';
import { Migration20261124000060CaseCarryingVisits } from './Migration20261124000060_case_carrying_visits';
import { Migration20261124000061ContactPoints } from './Migration20261124000061_contact_points';

/** Oldest first; listed explicitly so compiled and test runs load the same classes. */
export const migrations: MigrationObject[] = [
  { name: 'Migration20261121000004_joint_visits', class: Migration20261121000004JointVisits },
  { name: 'Migration20261121000005_received_petition', class: Migration20261121000005ReceivedPetition },
  { name: 'Migration20261124000010_session_participants', class: Migration20261124000010SessionParticipants },
  { name: 'Migration20261124000011_assignment_decisions', class: Migration20261124000011AssignmentDecisions },
  { name: 'Migration20261124000012_received_petitioners', class: Migration20261124000012ReceivedPetitioners },
  { name: 'Migration20261124000060_case_carrying_visits', class: Migration20261124000060CaseCarryingVisits },
  { name: 'Migration20261124000061_contact_points', class: Migration20261124000061ContactPoints },
];
