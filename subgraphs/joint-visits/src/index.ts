import 'reflect-metadata';
import { AgencyReference, Topics, directoryConsumer, readSubgraphConfig, startSubgraph, auditLogPart } from '@xinfang/kit';
import type { RunningSubgraph, StartSubgraphOptions, SubgraphModule } from '@xinfang/kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Assignment } from './assignment/assignment.entity';
import { AssignmentResolver } from './assignment/assignment.resolver';
import { assignmentUpdatesConsumer } from './assignment/assignment-updates.consumer';
import { assignmentDeadlinesConsumer } from './assignment/assignment-deadlines.consumer';
import { AssignmentStepsResolver } from './assignment/assignment-steps.resolver';
import { CaseCarryingVisit } from './case-carrying-visit/case-carrying-visit.entity';
import { CaseCarryingVisitResolver, PetitionCaseCarryingVisitsResolver } from './case-carrying-visit/case-carrying-visit.resolver';
import { FollowUpTaskResolver } from './case-carrying-visit/follow-up-task.resolver';
import { ContactPoint } from './contact-point/contact-point.entity';
import { ContactPointPetition } from './contact-point/contact-point-petition.entity';
import { ContactPointPetitionResolver, ContactPointResolver } from './contact-point/contact-point.resolver';
import { seedDemoContactPoints } from './demo/demo-contact-points';
import { demoVisitsConsumer } from './demo/demo-visits';
import { JointVisitSession } from './joint-visit-session/joint-visit-session.entity';
import { JointVisitSessionResolver } from './joint-visit-session/joint-visit-session.resolver';
import { SessionPetition } from './joint-visit-session/session-petition.entity';
import { seedDemoSessions } from './demo/demo-joint-visits';
import { migrations } from './migrations';
import { PetitionJointVisitsResolver } from './petition/petition-joint-visits.resolver';
import { petitionEventsConsumer } from './petition/petition-events.consumer';
import { PetitionReference } from './petition/petition.stub';
import { ReceivedPetition } from './petition/received-petition.entity';
import { ReceivedPetitioner } from './petition/received-petitioner.entity';
import { VisitQuotaSetting } from './visit-quota/visit-quota-setting.entity';
import { VisitQuotaResolver } from './visit-quota/visit-quota.resolver';

/** Joint visits (联合接访) coordinated by the political-legal commission (政法委), and their assignments. */
/** Its part of the audit log: its own append-only entries, as `AuditLog.jointVisits` (see the kit's audit-log). */
const auditLog = auditLogPart('jointVisits');

export const jointVisitsSubgraph: SubgraphModule = {
  name: 'joint-visits',
  resolvers: [
    JointVisitSessionResolver, AssignmentResolver, AssignmentStepsResolver, PetitionJointVisitsResolver,
    CaseCarryingVisitResolver, PetitionCaseCarryingVisitsResolver, FollowUpTaskResolver, VisitQuotaResolver, ContactPointResolver, ContactPointPetitionResolver,
    auditLog.AuditLogPartResolver,
  ],
  references: { AuditLog: auditLog.reference },
  orphanedTypes: [auditLog.AuditLog, AgencyReference, PetitionReference],
  entities: [
    JointVisitSession, SessionPetition, Assignment, ReceivedPetition, ReceivedPetitioner,
    CaseCarryingVisit, VisitQuotaSetting, ContactPoint, ContactPointPetition,
  ],
  migrations,
  // The directory copy lets assignments and sessions refuse agencies that are unknown or inactive.
  // Assignments go out on each assignee's own topic (`agency.<id>.assignments.v1`), made as they are needed.
  consumers: [petitionEventsConsumer({ demo: false }), assignmentUpdatesConsumer, assignmentDeadlinesConsumer, directoryConsumer('joint-visits')],
  // Each assignee's term is a stored clock; missed ones come back on clocks.deadlines.v1 as overdue.
  keepsDeadlines: true,
  // Which agencies the commission assigned a petition to (petitions lets them read it), and
  // leaders' case-carrying visits (带案下访).
  produces: [Topics.jointVisitAssignments, Topics.caseCarryingVisits],
  seedDemoData: seedDemoJointVisits,
};

/** The demo city's sessions, and its contact points; the rest grows from its petitions as they arrive. */
async function seedDemoJointVisits(em: EntityManager): Promise<void> {
  await seedDemoSessions(em);
  await seedDemoContactPoints(em);
}

export function startJointVisits(options: Partial<StartSubgraphOptions> = {}): Promise<RunningSubgraph> {
  const config = readSubgraphConfig('joint-visits');
  // The demo city's petitions are heard at its sessions and assigned as they arrive
  // (demo/demo-joint-visits.ts), and its leaders visit some of them (demo/demo-visits.ts).
  const consumers = config.seedDemoData
    ? [petitionEventsConsumer({ demo: true }), ...jointVisitsSubgraph.consumers!.slice(1), demoVisitsConsumer]
    : jointVisitsSubgraph.consumers;
  return startSubgraph({ ...jointVisitsSubgraph, consumers }, { config, ...options });
}
