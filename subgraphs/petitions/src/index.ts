import 'reflect-metadata';
import { AgencyReference, StaffReference, Topics, createLogger, directoryConsumer, readSubgraphConfig, startSubgraph, auditLogPart } from '@xinfang/kit';
import type { RunningSubgraph, StartSubgraphOptions, SubgraphModule } from '@xinfang/kit';
import { seedDemoPetitions } from './demo/demo-petitions';
import { migrations } from './migrations';
import { PetitionAssignee } from './joint-visit-assignee/petition-assignee.entity';
import { petitionAssigneesConsumer } from './joint-visit-assignee/petition-assignees.consumer';
import { Hearing } from './hearing/hearing.entity';
import { ledgerRoutes } from './ledger/ledger-export.routes';
import { LedgerResolver } from './ledger/ledger.resolver';
import { HearingResolver } from './hearing/hearing.resolver';
import { JurisdictionDisputeResolver } from './jurisdiction-dispute/jurisdiction-dispute.resolver';
import { LookingBackResolver } from './looking-back/looking-back.resolver';
import { ReceptionBooking } from './reception-day/reception-booking.entity';
import { PetitionReceptionResolver, ReceptionDayResolver } from './reception-day/reception-day.resolver';
import { ReceptionSlot } from './reception-day/reception-slot.entity';
import { AccessCodeResolver } from './petition/access-code.resolver';
import { ReturnVisitResolver } from './return-visit/return-visit.resolver';
import { LeaderPackageResolver } from './leader-package/leader-package.resolver';
import { RiskAssessment } from './risk-assessment/risk-assessment.entity';
import { RiskAssessmentResolver } from './risk-assessment/risk-assessment.resolver';
import { DifficultCaseResolver } from './difficult-case/difficult-case.resolver';
import { PetitionRepeatLink } from './difficult-case/petition-repeat-link.entity';
import { PersonalDataAccess } from './personal-data-audit/personal-data-access.entity';
import { PersonalDataAuditResolver } from './personal-data-audit/personal-data-audit.resolver';
import { Petition } from './petition/petition.entity';
import { PersonHistoryResolver } from './petitioner/person-history.resolver';
import { PetitionPetitionersResolver } from './petitioner/petition-petitioners.resolver';
import { Petitioner } from './petitioner/petitioner.entity';
import { PetitionerResolver } from './petitioner/petitioner.resolver';
import { personalData } from './petitioner/petitioner-protection';
import { resolvePetitionReference } from './petition/petition.reference';
import { PetitionResolver } from './petition/petition.resolver';
import { PetitionStepsResolver } from './petition/petition-steps.resolver';
import { PetitionReviewResolver } from './petition/petition-review.resolver';
import { OverduePetitionsResolver } from './overdue/overdue-petitions.resolver';
import { PetitionStatisticsResolver } from './statistics/petition-statistics.resolver';

/** Letters and visits (信访): registration, deadlines, handling, the petitioner's look-up. */
/** Its part of the audit log: its own append-only entries, as `AuditLog.petitions` (see the kit's audit-log). */
const auditLog = auditLogPart('petitions');

export const petitionsSubgraph: SubgraphModule = {
  name: 'petitions',
  resolvers: [
    PetitionResolver, PetitionStepsResolver, PetitionReviewResolver, OverduePetitionsResolver, PetitionStatisticsResolver,
    PetitionPetitionersResolver, PetitionerResolver, PersonHistoryResolver, DifficultCaseResolver, PersonalDataAuditResolver,
    LeaderPackageResolver, RiskAssessmentResolver, HearingResolver, JurisdictionDisputeResolver, ReturnVisitResolver, LookingBackResolver, AccessCodeResolver, LedgerResolver, ReceptionDayResolver, PetitionReceptionResolver,
    auditLog.AuditLogPartResolver,
  ],
  orphanedTypes: [auditLog.AuditLog, AgencyReference, StaffReference],
  references: { Petition: { __resolveReference: resolvePetitionReference }, AuditLog: auditLog.reference },
  entities: [Petition, Petitioner, PetitionAssignee, PetitionRepeatLink, PersonalDataAccess, RiskAssessment, Hearing, ReceptionSlot, ReceptionBooking],
  migrations,
  produces: [Topics.petitionEvents],
  // Its copy of the directory: the agency hierarchy for access, the calendar's corrections for clocks.
  // And which agencies the commission assigned a petition to, so they may follow it.
  consumers: [directoryConsumer('petitions'), petitionAssigneesConsumer],
  keepsDeadlines: true,
  routes: ledgerRoutes,
  seedDemoData: seedDemoPetitions,
};

export function startPetitions(options: Partial<StartSubgraphOptions> = {}): Promise<RunningSubgraph> {
  const config = readSubgraphConfig('petitions');
  const logger = options.logger ?? createLogger('petitions', config.logLevel);
  if (personalData.usesDevelopmentKeys) logger.warn('PERSONAL_DATA_* are not set: personal data is sealed with the published development keys, fit for no real data');
  return startSubgraph(petitionsSubgraph, { config, ...options, logger });
}
