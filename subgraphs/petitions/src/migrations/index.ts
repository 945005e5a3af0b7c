import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261121000002Petition } from './Migration20261121000002_petition';
import { Migration20261122000010PetitionWorkflow } from './Migration20261122000010_petition_workflow';
import { Migration20261123000020Petitioners } from './Migration20261123000020_petitioners';
import { Migration20261123000030DifficultCases } from './Migration20261123000030_difficult_cases';
import { Migration20261123000040JurisdictionDisputes } from './Migration20261123000040_jurisdiction_disputes';
import { Migration20261123000050ReturnVisits } from './Migration20261123000050_return_visits';
import { Migration20261123000060ReceptionDays } from './Migration20261123000060_reception_days';

import { Migration20261124000020PetitionAssignees } from './Migration20261124000020_petition_assignees';
import { Migration20261125000010PetitionClockSummary } from './Migration20261125000010_petition_clock_summary';
import { Migration20261126000010PetitionDailyFigures } from './Migration20261126000010_petition_daily_figures';
/** Oldest first; listed explicitly so compiled and test runs load the same classes. */
export const migrations: MigrationObject[] = [
  { name: 'Migration20261121000002_petition', class: Migration20261121000002Petition },
  { name: 'Migration20261122000010_petition_workflow', class: Migration20261122000010PetitionWorkflow },
  { name: 'Migration20261123000020_petitioners', class: Migration20261123000020Petitioners },
  { name: 'Migration20261123000030_difficult_cases', class: Migration20261123000030DifficultCases },
  { name: 'Migration20261123000040_jurisdiction_disputes', class: Migration20261123000040JurisdictionDisputes },
  { name: 'Migration20261123000050_return_visits', class: Migration20261123000050ReturnVisits },
  { name: 'Migration20261123000060_reception_days', class: Migration20261123000060ReceptionDays },
  { name: 'Migration20261124000020_petition_assignees', class: Migration20261124000020PetitionAssignees },
  { name: 'Migration20261125000010_petition_clock_summary', class: Migration20261125000010PetitionClockSummary },
  { name: 'Migration20261126000010_petition_daily_figures', class: Migration20261126000010PetitionDailyFigures },
];
