import 'reflect-metadata';
import { AgencyReference, Topics, directoryConsumer, readSubgraphConfig, startSubgraph } from '@xinfang/kit';
import type { RunningSubgraph, StartSubgraphOptions, SubgraphModule } from '@xinfang/kit';
import { Assignment } from './assignment/assignment.entity';
import { AssignmentResolver } from './assignment/assignment.resolver';
import { assignmentUpdatesConsumer } from './assignment/assignment-updates.consumer';
import { AssignmentStepsResolver } from './assignment/assignment-steps.resolver';
import { CaseCarryingVisit } from './case-carrying-visit/case-carrying-visit.entity';
import { CaseCarryingVisitResolver, PetitionCaseCarryingVisitsResolver } from './case-carrying-visit/case-carrying-visit.resolver';
import { FollowUpTaskResolver } from './case-carrying-visit/follow-up-task.resolver';
import { ContactPoint } from './contact-point/contact-point.entity';
import { ContactPointPetition } from './contact-point/contact-point-petition.entity';
import { ContactPointPetitionResolver, ContactPointResolver } from './contact-point/contact-point.resolver';
import { seedDemoJointVisits } from './demo/demo-contact-points';
import { demoVisitsConsumer } from './demo/demo-visits';
import { JointVisitSession } from './joint-visit-session/joint-visit-session.entity';
import { JointVisitSessionResolver } from './joint-visit-session/joint-visit-session.resolver';
import { migrations } from './migrations';
import { PetitionJointVisitsResolver } from './petition/petition-joint-visits.resolver';
import { petitionEventsConsumer } from './petition/petition-events.consumer';
import { PetitionReference } from './petition/petition.stub';
import { ReceivedPetition } from './petition/received-petition.entity';
import { VisitQuotaSetting } from './visit-quota/visit-quota-setting.entity';
import { VisitQuotaResolver } from './visit-quota/visit-quota.resolver';

/** Joint visits (联合接访) coordinated by the political-legal commission (政法委), and their assignments. */
export const jointVisitsSubgraph: SubgraphModule = {
  name: 'joint-visits',
  resolvers: [
    JointVisitSessionResolver, AssignmentResolver, AssignmentStepsResolver, PetitionJointVisitsResolver,
    CaseCarryingVisitResolver, PetitionCaseCarryingVisitsResolver, FollowUpTaskResolver, VisitQuotaResolver, ContactPointResolver, ContactPointPetitionResolver,
  ],
  orphanedTypes: [AgencyReference, PetitionReference],
  entities: [JointVisitSession, Assignment, ReceivedPetition, CaseCarryingVisit, VisitQuotaSetting, ContactPoint, ContactPointPetition],
  migrations,
  // Leaders' case-carrying visits (带案下访) on `joint-visits.case-carrying-visits.v1`.
  produces: [Topics.caseCarryingVisits],
  // The directory copy lets assignments and sessions refuse agencies that are unknown or inactive.
  // Assignments go out on each assignee's own topic (`agency.<id>.assignments.v1`), made as they are needed.
  consumers: [petitionEventsConsumer, assignmentUpdatesConsumer, directoryConsumer('joint-visits')],
  // The demo city's contact points; its leaders' visits grow from its petitions (demo/demo-visits.ts).
  seedDemoData: seedDemoJointVisits,
};

export function startJointVisits(options: Partial<StartSubgraphOptions> = {}): Promise<RunningSubgraph> {
  const config = readSubgraphConfig('joint-visits');
  const consumers = config.seedDemoData ? [...jointVisitsSubgraph.consumers!, demoVisitsConsumer] : jointVisitsSubgraph.consumers;
  return startSubgraph({ ...jointVisitsSubgraph, consumers }, { config, ...options });
}
