import 'reflect-metadata';
import { AgencyReference, Topics, directoryConsumer, readSubgraphConfig, startSubgraph } from '@xinfang/kit';
import type { RunningSubgraph, StartSubgraphOptions, SubgraphModule } from '@xinfang/kit';
import { Assignment } from './assignment/assignment.entity';
import { AssignmentResolver } from './assignment/assignment.resolver';
import { assignmentUpdatesConsumer } from './assignment/assignment-updates.consumer';
import { assignmentDeadlinesConsumer } from './assignment/assignment-deadlines.consumer';
import { AssignmentStepsResolver } from './assignment/assignment-steps.resolver';
import { JointVisitSession } from './joint-visit-session/joint-visit-session.entity';
import { JointVisitSessionResolver } from './joint-visit-session/joint-visit-session.resolver';
import { SessionPetition } from './joint-visit-session/session-petition.entity';
import { seedDemoJointVisits } from './demo/demo-joint-visits';
import { migrations } from './migrations';
import { PetitionJointVisitsResolver } from './petition/petition-joint-visits.resolver';
import { petitionEventsConsumer } from './petition/petition-events.consumer';
import { PetitionReference } from './petition/petition.stub';
import { ReceivedPetition } from './petition/received-petition.entity';
import { ReceivedPetitioner } from './petition/received-petitioner.entity';

/** Joint visits (联合接访) coordinated by the political-legal commission (政法委), and their assignments. */
export const jointVisitsSubgraph: SubgraphModule = {
  name: 'joint-visits',
  resolvers: [JointVisitSessionResolver, AssignmentResolver, AssignmentStepsResolver, PetitionJointVisitsResolver],
  orphanedTypes: [AgencyReference, PetitionReference],
  entities: [JointVisitSession, SessionPetition, Assignment, ReceivedPetition, ReceivedPetitioner],
  migrations,
  // The directory copy lets assignments and sessions refuse agencies that are unknown or inactive.
  // Assignments go out on each assignee's own topic (`agency.<id>.assignments.v1`), made as they are needed.
  consumers: [petitionEventsConsumer({ demo: false }), assignmentUpdatesConsumer, assignmentDeadlinesConsumer, directoryConsumer('joint-visits')],
  // Each assignee's term is a stored clock; missed ones come back on clocks.deadlines.v1 as overdue.
  keepsDeadlines: true,
  // Tells the petitions subgraph which agencies may follow a petition they were assigned.
  produces: [Topics.jointVisitAssignments],
  seedDemoData: seedDemoJointVisits,
};

export function startJointVisits(options: Partial<StartSubgraphOptions> = {}): Promise<RunningSubgraph> {
  const config = readSubgraphConfig('joint-visits');
  // The demo city's petitions are heard at its sessions and assigned as they arrive (demo/demo-joint-visits.ts).
  const consumers = config.seedDemoData
    ? [petitionEventsConsumer({ demo: true }), ...jointVisitsSubgraph.consumers!.slice(1)]
    : jointVisitsSubgraph.consumers;
  return startSubgraph({ ...jointVisitsSubgraph, consumers }, { config, ...options });
}
