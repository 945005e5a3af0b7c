import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261121000003Assistance } from './Migration20261121000003_assistance';
import { Migration20261123000020AssistanceCases } from './Migration20261123000020_assistance_cases';
import { Migration20261124000010ReferralConsent } from './Migration20261124000010_referral_consent';
import { Migration20261124000011ReferralOverdue } from './Migration20261124000011_referral_overdue';
import { Migration20261124000012ReferralEscalation } from './Migration20261124000012_referral_escalation';
import { Migration20261124000013ReferralRedirect } from './Migration20261124000013_referral_redirect';

/** Oldest first; listed explicitly so compiled and test runs load the same classes. */
export const migrations: MigrationObject[] = [
  { name: 'Migration20261121000003_assistance', class: Migration20261121000003Assistance },
  { name: 'Migration20261123000020_assistance_cases', class: Migration20261123000020AssistanceCases },
  { name: 'Migration20261124000010_referral_consent', class: Migration20261124000010ReferralConsent },
  { name: 'Migration20261124000011_referral_overdue', class: Migration20261124000011ReferralOverdue },
  { name: 'Migration20261124000012_referral_escalation', class: Migration20261124000012ReferralEscalation },
  { name: 'Migration20261124000013_referral_redirect', class: Migration20261124000013ReferralRedirect },
];
