import { AgencyTopics, AssignmentUpdateReported, Role, agencyTopic } from '@xinfang/kit';
import { AgencySystem } from './support/agency-system';
import { TopicListener, eventually } from './support/kafka-listener';
import { registerStaffMember, seedCity } from './support/seed';
import type { City, SeededAgency } from './support/seed';

interface AssignmentView {
  status: string;
  task: string;
  assignee: { name: string };
}

/**
 * At a joint visit the commission assigns a petition to the court; the court hears of it
 * on its own Kafka topic, reports progress, and the procuratorate that received the petition follows it
 * in the same federated query as everything else about the petition.
 */
describe('a joint-visit assignment from the commission to the court', () => {
  let city: City;
  let courtInbox: TopicListener;

  beforeAll(async () => {
    city = await seedCity();
    courtInbox = await TopicListener.start(agencyTopic(AgencyTopics.assignments, city.agencies.court.id).name, `agency.${city.agencies.court.id}.assignments-${Date.now()}`);
  });

  afterAll(async () => {
    await courtInbox.stop();
  });

  it('reaches the court through Kafka and is visible to the receiving procuratorate', async () => {
    const petition = await city.reception.registerPetition({ category: 'APPEAL', summary: 'Appeals the enforcement of a compensation judgment.' });
    const startsAt = new Date(Date.now() + 24 * 3600_000);
    const dutyLeader = (agency: SeededAgency, name: string) => registerStaffMember(agency, { key: 'duty-leader', name, department: '信访', roles: [Role.LEADER] });
    const [procuratorateLeader, courtLeader] = await Promise.all([dutyLeader(city.agencies.procuratorate, '陈副检察长'), dutyLeader(city.agencies.court, '王副院长')]);
    const { scheduleJointVisitSession: session } = await city.commissionStaff.query<{ scheduleJointVisitSession: { id: string } }>(
      `mutation($input: ScheduleJointVisitSessionInput!) { scheduleJointVisitSession(input: $input) { id } }`,
      { input: { title: '联合接访日', location: '市信访接待中心', startsAt, endsAt: new Date(startsAt.getTime() + 4 * 3600_000), participants: [
        { agencyId: city.agencies.procuratorate.id, onDutyLeaderId: procuratorateLeader.identity.userId },
        { agencyId: city.agencies.court.id, onDutyLeaderId: courtLeader.identity.userId },
      ] } },
    );
    const { createAssignment: assignment } = await city.commissionStaff.query<{ createAssignment: { id: string; status: string } }>(
      `mutation($input: CreateAssignmentInput!) { createAssignment(input: $input) { id status } }`,
      { input: { petitionId: petition.id, sessionId: session.id, lead: { agencyId: city.agencies.court.id, task: 'Check why the judgment was not enforced', workingDays: 15 } } },
    );
    expect(assignment.status).toBe('ASSIGNED');

    const received = await courtInbox.next((message) => message.event.subject === assignment.id);
    expect(received.event).toMatchObject({ type: 'AssignmentCreated', data: { petitionId: petition.id, assigneeAgencyId: city.agencies.court.id, sessionId: session.id } });

    await city.courtStaff.query(`mutation($id: ID!) { reportAssignmentProgress(id: $id, note: "Enforcement file retrieved") { status } }`, { id: assignment.id });
    const progress = await courtInbox.next((message) => message.event.subject === assignment.id && message.event.type === 'AssignmentStatusChanged');
    expect(progress.event).toMatchObject({ source: { agencyId: city.agencies.court.id }, data: { status: 'IN_PROGRESS', previousStatus: 'ASSIGNED', note: 'Enforcement file retrieved' } });

    // The receiving agency is learnt from petitions.events.v1, so it may take a moment.
    const whereItStands = await eventually(
      async () => (await city.handler.query<{ petition: { jointVisitAssignments: AssignmentView[] } }>(
        `query($id: ID!) { petition(id: $id) { jointVisitAssignments { status task assignee { name } } } }`,
        { id: petition.id },
      )).petition.jointVisitAssignments,
      (assignments) => assignments.length > 0,
    );
    expect(whereItStands).toEqual([{ status: 'IN_PROGRESS', task: 'Check why the judgment was not enforced', assignee: { name: city.agencies.court.name } }]);
  });

  it("takes the court's own system's reports from the court's topic, and refuses another agency's claim to be the court", async () => {
    const petition = await city.reception.registerPetition({ category: 'APPEAL', summary: 'Appeals the length of an enforcement.' });
    const { createAssignment: assignment } = await city.commissionStaff.query<{ createAssignment: { id: string } }>(
      `mutation($input: CreateAssignmentInput!) { createAssignment(input: $input) { id } }`,
      { input: { petitionId: petition.id, lead: { agencyId: city.agencies.court.id, task: 'Explain the enforcement delay', workingDays: 15 } } },
    );
    const courtSystem = await AgencySystem.connect(city.agencies.court.id);
    const otherSystem = await AgencySystem.connect(city.agencies.civilAffairs.id);
    const refused = await TopicListener.start(`${agencyTopic(AgencyTopics.assignmentUpdates, city.agencies.civilAffairs.id).name}.dlq`);
    try {
      const report = (system: AgencySystem, action: 'REPORT_PROGRESS' | 'COMPLETE', note: string) =>
        system.event(AssignmentUpdateReported, assignment.id, { assignmentId: assignment.id, action, note, reportedBy: 'clerk-3', reportedByName: '书记员' }, city.agencies.court.id);

      const impostor = report(otherSystem, 'COMPLETE', 'Closed, says someone else');
      await otherSystem.send(AgencyTopics.assignmentUpdates, impostor);
      expect((await refused.next((m) => m.headers['event-id'] === impostor.id)).headers['dlq-reason']).toContain('Only the assignee agency may');

      await courtSystem.send(AgencyTopics.assignmentUpdates, report(courtSystem, 'REPORT_PROGRESS', 'Enforcement file retrieved'));
      await courtSystem.send(AgencyTopics.assignmentUpdates, report(courtSystem, 'COMPLETE', 'Enforcement resumed'));
      const history = await eventually(
        async () => (await city.courtStaff.query<{ assignmentsInbox: { edges: { node: { id: string; status: string; history: { action: string; actorName: string; actorAgency: { id: string }; via: string }[] } }[] } }>(
          `{ assignmentsInbox(status: COMPLETED, first: 50) { edges { node { id status history { action actorName actorAgency { id } via } } } } }`,
        )).assignmentsInbox.edges.find((edge) => edge.node.id === assignment.id)?.node.history,
        (entries) => entries !== undefined,
      );
      expect(history?.slice(1)).toEqual([
        { action: 'REPORT_PROGRESS', actorName: '书记员', actorAgency: { id: city.agencies.court.id }, via: 'KAFKA' },
        { action: 'COMPLETE', actorName: '书记员', actorAgency: { id: city.agencies.court.id }, via: 'KAFKA' },
      ]);
    } finally {
      await Promise.all([refused.stop(), courtSystem.disconnect(), otherSystem.disconnect()]);
    }
  });
});
