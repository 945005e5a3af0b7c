import 'reflect-metadata';
import { AgencyReference, directoryConsumer, readSubgraphConfig, startSubgraph } from '@xinfang/kit';
import type { RunningSubgraph, StartSubgraphOptions, SubgraphModule } from '@xinfang/kit';
import { AssistanceCase } from './assistance-case/assistance-case.entity';
import { AssistanceCaseResolver } from './assistance-case/assistance-case.resolver';
import { migrations } from './migrations';
import { PetitionAssistanceResolver } from './petition/petition-assistance.resolver';
import { PetitionReference } from './petition/petition.stub';
import { referralUpdatesConsumer } from './referral/referral-updates.consumer';
import { Referral } from './referral/referral.entity';
import { ReferralResolver } from './referral/referral.resolver';
import { ReferralStepsResolver } from './referral/referral-steps.resolver';

/** Judicial assistance (司法救助) and referrals to partner agencies. */
export const assistanceSubgraph: SubgraphModule = {
  name: 'assistance',
  resolvers: [AssistanceCaseResolver, ReferralResolver, ReferralStepsResolver, PetitionAssistanceResolver],
  orphanedTypes: [AgencyReference, PetitionReference],
  entities: [AssistanceCase, Referral],
  migrations,
  // Referrals go out on each partner's own topic (`agency.<id>.referrals.v1`), made as they are needed.
  // The directory copy lets a referral refuse a partner agency that is unknown or inactive,
  // and brings the calendar's corrections, which move open hand-over clocks.
  consumers: [referralUpdatesConsumer, directoryConsumer('assistance')],
  // A referral's hand-over clock; due-soon and missed ones go out on `clocks.deadlines.v1`.
  keepsDeadlines: true,
};

export function startAssistance(options: Partial<StartSubgraphOptions> = {}): Promise<RunningSubgraph> {
  return startSubgraph(assistanceSubgraph, { config: readSubgraphConfig('assistance'), ...options });
}
