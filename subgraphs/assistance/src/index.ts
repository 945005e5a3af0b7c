import 'reflect-metadata';
import { AgencyReference, StaffReference, Topics, directoryConsumer, readSubgraphConfig, startSubgraph, auditLogPart } from '@xinfang/kit';
import type { RunningSubgraph, StartSubgraphOptions, SubgraphModule } from '@xinfang/kit';
import { assistanceConfig } from './assistance-case/assistance-config';
import { AssistanceCase } from './assistance-case/assistance-case.entity';
import { AssistanceCaseResolver } from './assistance-case/assistance-case.resolver';
import { AssistanceCaseStepsResolver } from './assistance-case/assistance-case-steps.resolver';
import { AssistancePayment } from './assistance-case/assistance-payment.entity';
import { projectDemoDirectory } from './demo/demo-assistance';
import { migrations } from './migrations';
import { KnownPetition } from './petition/known-petition.entity';
import { PetitionAssistanceResolver } from './petition/petition-assistance.resolver';
import { petitionEventsConsumer } from './petition/petition-events.consumer';
import { PetitionReference } from './petition/petition.stub';
import { referralDeadlinesConsumer } from './referral/referral-deadlines.consumer';
import { referralUpdatesConsumer } from './referral/referral-updates.consumer';
import { Referral } from './referral/referral.entity';
import { ReferralChainResolver } from './referral/referral-chain.resolver';
import { ReferralResolver } from './referral/referral.resolver';
import { ReferralStepsResolver } from './referral/referral-steps.resolver';
import { AssistanceStatisticsResolver } from './statistics/assistance-statistics.resolver';
import { ReferralStatisticsResolver } from './statistics/referral-statistics.resolver';

/** Judicial assistance (司法救助): cases, their approval and payment, and referrals to partner agencies. */
/** Its part of the audit log: its own append-only entries, as `AuditLog.assistance` (see the kit's audit-log). */
const auditLog = auditLogPart('assistance');

export const assistanceSubgraph: SubgraphModule = {
  name: 'assistance',
  resolvers: [
    AssistanceCaseResolver, AssistanceCaseStepsResolver, AssistanceStatisticsResolver, ReferralStatisticsResolver,
    ReferralResolver, ReferralStepsResolver, ReferralChainResolver, PetitionAssistanceResolver,
    auditLog.AuditLogPartResolver,
  ],
  references: { AuditLog: auditLog.reference },
  orphanedTypes: [auditLog.AuditLog, AgencyReference, PetitionReference, StaffReference],
  entities: [AssistanceCase, AssistancePayment, KnownPetition, Referral],
  migrations,
  // Every step of a case on `assistance.cases.v1`. Referrals go out on each partner's own
  // topic (`agency.<id>.referrals.v1`), made as they are needed.
  produces: [Topics.assistanceCases],
  // The petitions it may open cases for (and proposes cases from). The directory copy lets a
  // referral refuse a partner agency that is unknown or inactive, and joint assistance check
  // the hierarchy, and brings the calendar's corrections, which move open clocks. Missed
  // hand-over clocks flag their referrals overdue.
  consumers: [petitionEventsConsumer({ demo: false }), referralUpdatesConsumer, referralDeadlinesConsumer, directoryConsumer('assistance')],
  // A case's decision clock and a referral's hand-over clock; due-soon and missed ones go out on `clocks.deadlines.v1`.
  keepsDeadlines: true,
  seedDemoData: projectDemoDirectory,
};

export function startAssistance(options: Partial<StartSubgraphOptions> = {}): Promise<RunningSubgraph> {
  const config = readSubgraphConfig('assistance');
  assistanceConfig(); // a bad cap setting stops the subgraph here
  // The demo city's cases grow from its seeded petitions as they arrive (demo/demo-assistance.ts).
  const consumers = config.seedDemoData ? [petitionEventsConsumer({ demo: true }), referralUpdatesConsumer, referralDeadlinesConsumer, directoryConsumer('assistance')] : assistanceSubgraph.consumers;
  return startSubgraph({ ...assistanceSubgraph, consumers }, { config, ...options });
}
