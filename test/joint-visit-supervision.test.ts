import { AgencyTopics, AssignmentUpdateReported, Role, agencyTopic } from '@xinfang/kit';
import { AgencySystem } from './support/agency-system';
import { errorCodes } from './support/graphql-client';
import { TopicListener, eventually } from './support/kafka-listener';
import { addAgency, registerStaffMember, seedCity, takeStepAs } from './support/seed';
import type { Actor, City, SeededAgency } from './support/seed';

const DAY_MS = 24 * 3600_000;

const CREATE = `mutation($input: CreateAssignmentInput!) { createAssignment(input: $input) { id role status dueAt decision { id role assignee { id } } } }`;
const OVERDUE = `query($agency: ID) { overdueAssignments(assigneeAgencyId: $agency, first: 50) { edges { node { id reminderCount assignee { id } } } } }`;
const WHERE_IT_STANDS = `query($id: ID!) { petition(id: $id) {
  id status petitionerName petitioners { name }
  jointVisitAssignments { id role status assignee { name } history { position action actorAgency { id } via } }
} }`;

interface Created { id: string; role: string; status: string; dueAt: string; decision: { id: string; role: string; assignee: { id: string } }[] }
interface PetitionView {
  id: string;
  status: string;
  petitionerName: string;
  petitioners: { name: string }[];
  jointVisitAssignments: { id: string; role: string; status: string; assignee: { name: string }; history: { position: number; action: string; actorAgency: { id: string }; via: string }[] }[];
}

/**
 * The story: at a joint visit with the court, the police and the procuratorate, a
 * petition is assigned to the court as lead and the procuratorate as co-handler; each hears
 * only of its own part on its own topic; the commission watches the overdue list, reminds
 * and escalates; the court answers by event, the procuratorate by mutation; and every agency
 * involved sees where the matter stands in one federated query.
 */
describe('joint-visit assignments under supervision', () => {
  let city: City;
  let police: SeededAgency;
  let listeners: Record<'court' | 'procuratorate' | 'police' | 'commission', TopicListener>;
  let updatesRefused: Record<'court' | 'police', TopicListener>;
  let sessionId: string;

  const inboxOf = (agencyId: string) => TopicListener.start(agencyTopic(AgencyTopics.assignments, agencyId).name, `agency.${agencyId}.assignments`);
  const refusedOf = (agencyId: string) => TopicListener.start(`${agencyTopic(AgencyTopics.assignmentUpdates, agencyId).name}.dlq`);

  beforeAll(async () => {
    city = await seedCity();
    police = await addAgency(city, { key: 'police', name: '测试市公安局', englishName: 'Test City Public Security Bureau', type: 'POLICE' });
    const leader = (agency: SeededAgency, name: string) => registerStaffMember(agency, { key: 'duty-leader', name, department: '信访', roles: [Role.LEADER] });
    const [courtLeader, policeLeader, procuratorateLeader] = await Promise.all([leader(city.agencies.court, '王副院长'), leader(police, '赵副局长'), leader(city.agencies.procuratorate, '陈副检察长')]);
    await registerStaffMember(city.agencies.commission, { key: 'secretary', name: '政法委书记', department: '委领导', roles: [Role.LEADER, Role.COMMISSION], title: '书记' });
    listeners = {
      court: await inboxOf(city.agencies.court.id),
      procuratorate: await inboxOf(city.agencies.procuratorate.id),
      police: await inboxOf(police.id),
      commission: await inboxOf(city.agencies.commission.id),
    };
    updatesRefused = { court: await refusedOf(city.agencies.court.id), police: await refusedOf(police.id) };
    const startsAt = new Date(Date.now() - 21 * DAY_MS);
    const { scheduleJointVisitSession } = await city.commissionStaff.query<{ scheduleJointVisitSession: { id: string } }>(
      `mutation($input: ScheduleJointVisitSessionInput!) { scheduleJointVisitSession(input: $input) { id } }`,
      { input: { title: '涉法涉诉联合接访', location: '市社会治理综合服务中心', startsAt, endsAt: new Date(startsAt.getTime() + 4 * 3600_000), participants: [
        { agencyId: city.agencies.court.id, onDutyLeaderId: courtLeader.identity.userId },
        { agencyId: police.id, onDutyLeaderId: policeLeader.identity.userId },
        { agencyId: city.agencies.procuratorate.id, onDutyLeaderId: procuratorateLeader.identity.userId },
      ] } },
    );
    sessionId = scheduleJointVisitSession.id;
  });

  afterAll(async () => {
    await Promise.all([...Object.values(listeners), ...Object.values(updatesRefused)].map((listener) => listener.stop()));
  });

  /** A petition received at the session three weeks ago, and assigned there: the court leads with 5 working days, the procuratorate helps with 30. */
  async function assignedAtTheSession(summary: string): Promise<{ petition: { id: string }; lead: Created; coHandlerId: string }> {
    const petition = await city.reception.registerPetition({ channel: 'JOINT_VISIT', jointVisitSessionId: sessionId, summary, receivedAt: new Date(Date.now() - 21 * DAY_MS) });
    const { createAssignment: lead } = await city.commissionStaff.query<{ createAssignment: Created }>(CREATE, { input: {
      petitionId: petition.id, sessionId, assignedAt: new Date(Date.now() - 20 * DAY_MS),
      lead: { agencyId: city.agencies.court.id, task: 'Find out why the judgment was not enforced and enforce it', workingDays: 5 },
      coHandlers: [{ agencyId: city.agencies.procuratorate.id, task: 'Check the enforcement for unlawful delay', workingDays: 30 }],
    } });
    const coHandlerId = lead.decision.find((part) => part.role === 'CO_HANDLER')!.id;
    return { petition, lead, coHandlerId };
  }

  const overdueIds = async (agencyId?: string) =>
    (await city.commissionStaff.query<{ overdueAssignments: { edges: { node: { id: string; reminderCount: number } }[] } }>(OVERDUE, { agency: agencyId ?? null }))
      .overdueAssignments.edges.map((edge) => edge.node);
  const whereItStands = (actor: Actor, id: string) => actor.query<{ petition: PetitionView }>(WHERE_IT_STANDS, { id }).then((data) => data.petition);

  it('refuses an assignment naming an unknown agency, and makes none of it', async () => {
    const petition = await city.reception.registerPetition({ summary: 'Asks why a loan-fraud report was never filed.' });
    const input = (coHandlers: unknown[]) => ({ petitionId: petition.id, lead: { agencyId: city.agencies.court.id, task: 'Explain the ruling on the fraud report', workingDays: 10 }, coHandlers });
    expect(await errorCodes(CREATE, { input: input([{ agencyId: 'no-such-bureau', task: 'Check the report', workingDays: 10 }]) }, city.commissionStaff.token)).toEqual(['BAD_USER_INPUT']);
    expect(await errorCodes(CREATE, { input: input([{ agencyId: city.agencies.court.id, task: 'Lead and help at once', workingDays: 10 }]) }, city.commissionStaff.token)).toEqual(['BAD_USER_INPUT']);
    expect(await errorCodes(CREATE, { input: { ...input([]), lead: { agencyId: city.agencies.court.id, task: 'Explain the ruling', workingDays: 7 } } }, city.commissionStaff.token)).toEqual(['BAD_USER_INPUT']);
    expect(await errorCodes(CREATE, { input: input([]) }, city.courtStaff.token)).toEqual(['FORBIDDEN']);
    expect((await whereItStands(city.commissionStaff, petition.id)).jointVisitAssignments).toEqual([]);
  });

  it('goes to each agency on its own topic, is answered by event and by mutation, and is supervised until the lead closes it', async () => {
    const { petition, lead, coHandlerId } = await assignedAtTheSession('Appeals the enforcement of a compensation judgment.');
    expect(lead).toMatchObject({ role: 'LEAD', status: 'ASSIGNED' });
    expect(lead.decision.map((part) => [part.role, part.assignee.id])).toEqual([['LEAD', city.agencies.court.id], ['CO_HANDLER', city.agencies.procuratorate.id]]);

    // Each agency's own group hears of its own part, and only of it.
    const toCourt = await listeners.court.next((m) => m.event.type === 'AssignmentCreated' && m.event.data.petitionId === petition.id);
    const toProcuratorate = await listeners.procuratorate.next((m) => m.event.type === 'AssignmentCreated' && m.event.data.petitionId === petition.id);
    expect(toCourt.event.subject).toBe(lead.id);
    expect(toProcuratorate.event.subject).toBe(coHandlerId);
    expect(listeners.court.all((m) => m.event.data.petitionId === petition.id).every((m) => m.event.data.assigneeAgencyId === city.agencies.court.id)).toBe(true);
    expect(listeners.procuratorate.all((m) => m.event.data.petitionId === petition.id).every((m) => m.event.data.assigneeAgencyId === city.agencies.procuratorate.id)).toBe(true);

    // Five working days from three weeks ago have passed; thirty have not.
    const overdue = await eventually(() => overdueIds(), (nodes) => nodes.some((node) => node.id === lead.id));
    expect(overdue.map((node) => node.id)).not.toContain(coHandlerId);
    expect(await errorCodes(OVERDUE, {}, city.courtStaff.token)).toEqual(['FORBIDDEN']);

    // A reminder (催办) is recorded and reaches the court's own topic.
    await takeStepAs(city.commissionStaff, 'remindAssignee', { id: lead.id, note: 'Overdue: report within two days' });
    const reminder = await listeners.court.next((m) => m.event.subject === lead.id && m.event.data.action === 'REMIND');
    expect(reminder.event).toMatchObject({ type: 'AssignmentStatusChanged', data: { status: 'ASSIGNED', note: 'Overdue: report within two days' } });
    expect((await overdueIds(city.agencies.court.id)).find((node) => node.id === lead.id)?.reminderCount).toBe(1);

    // The court's system reports; its result before the co-handler's is refused, and changes nothing.
    const courtSystem = await AgencySystem.connect(city.agencies.court.id);
    const policeSystem = await AgencySystem.connect(police.id);
    try {
      const report = (system: AgencySystem, assignmentId: string, action: 'REPORT_PROGRESS' | 'COMPLETE', note: string) =>
        system.event(AssignmentUpdateReported, assignmentId, { assignmentId, action, note, reportedBy: 'clerk-7', reportedByName: '执行局书记员' }, city.agencies.court.id);
      await courtSystem.send(AgencyTopics.assignmentUpdates, report(courtSystem, lead.id, 'REPORT_PROGRESS', 'Enforcement file retrieved'));
      const tooEarly = report(courtSystem, lead.id, 'COMPLETE', 'Enforced in full');
      await courtSystem.send(AgencyTopics.assignmentUpdates, tooEarly);
      expect((await updatesRefused.court.next((m) => m.headers['event-id'] === tooEarly.id)).headers['dlq-reason']).toContain('co-handlers');

      // An answer on another agency's topic is refused whatever its envelope claims.
      const impostor = report(policeSystem, coHandlerId, 'COMPLETE', 'Nothing wrong, says the police');
      await policeSystem.send(AgencyTopics.assignmentUpdates, impostor);
      expect((await updatesRefused.police.next((m) => m.headers['event-id'] === impostor.id)).headers['dlq-reason']).toContain('Only the assignee agency may');

      let view = await whereItStands(city.commissionStaff, petition.id);
      expect(view.jointVisitAssignments.map(({ role, status }) => ({ role, status }))).toEqual([{ role: 'LEAD', status: 'IN_PROGRESS' }, { role: 'CO_HANDLER', status: 'ASSIGNED' }]);

      // The procuratorate answers by mutation; then the court's result closes the matter.
      await takeStepAs(city.handler, 'completeAssignment', { id: coHandlerId, outcome: 'No unlawful delay found; a supervision letter sent on one late step' });
      await courtSystem.send(AgencyTopics.assignmentUpdates, report(courtSystem, lead.id, 'COMPLETE', 'Enforced in full'));
      view = await eventually(() => whereItStands(city.commissionStaff, petition.id), (petitionView) => petitionView.jointVisitAssignments[0]?.status === 'COMPLETED');
      expect(view.jointVisitAssignments.map((assignment) => ({ role: assignment.role, status: assignment.status, assignee: assignment.assignee.name, steps: assignment.history.map((entry) => `${entry.action}:${entry.via}`) }))).toEqual([
        { role: 'LEAD', status: 'COMPLETED', assignee: city.agencies.court.name, steps: ['CREATE:API', 'MARK_OVERDUE:KAFKA', 'REMIND:API', 'REPORT_PROGRESS:KAFKA', 'COMPLETE:KAFKA'] },
        { role: 'CO_HANDLER', status: 'COMPLETED', assignee: city.agencies.procuratorate.name, steps: ['CREATE:API', 'COMPLETE:API'] },
      ]);
      // One entry per step, numbered by the version each step gave the assignment.
      for (const assignment of view.jointVisitAssignments) expect(assignment.history.map((entry) => entry.position)).toEqual(assignment.history.map((_entry, index) => index + 1));
      expect((await overdueIds()).map((node) => node.id)).not.toContain(lead.id);
    } finally {
      await Promise.all([courtSystem.disconnect(), policeSystem.disconnect()]);
    }

    // Where the matter stands, for the commission, the receiving procuratorate and the court itself.
    const forCommission = await whereItStands(city.commissionStaff, petition.id);
    expect(await whereItStands(city.handler, petition.id)).toEqual(forCommission);
    const forCourt = await eventually(async () => (await city.courtStaff.query<{ petition: PetitionView | null }>(WHERE_IT_STANDS, { id: petition.id })).petition, (view) => view !== null);
    expect(forCourt).toEqual({ ...forCommission, petitionerName: '李**', petitioners: [] });
    expect(forCommission.petitioners).toEqual([{ name: '李秀兰' }]);
    // The court follows its assignment to the petition, through the gateway.
    const { assignmentsInbox } = await city.courtStaff.query<{ assignmentsInbox: { edges: { node: { id: string; petition: { status: string } | null } }[] } }>(
      `{ assignmentsInbox(first: 50) { edges { node { id petition { status } } } } }`,
    );
    expect(assignmentsInbox.edges.find((edge) => edge.node.id === lead.id)?.node.petition).toEqual({ status: forCommission.status });
    // The police took part in the session but was assigned nothing, and heard nothing of it; nor may it read the petition.
    expect(listeners.police.all((m) => m.event.data.petitionId === petition.id)).toEqual([]);
    expect(await errorCodes(WHERE_IT_STANDS, { id: petition.id }, (await policeActor()).token)).toEqual(['NOT_FOUND']);
  });

  it('extends an overdue assignment once the commission approves, escalates it, and lets the assignee send it back', async () => {
    const { petition: assigned, lead, coHandlerId } = await assignedAtTheSession('Complains the police lost the evidence in a theft case.');
    await eventually(() => overdueIds(city.agencies.court.id), (nodes) => nodes.some((node) => node.id === lead.id));

    const escalated = await city.commissionStaff.query<{ escalateAssignment: { escalatedTo: { id: string }; escalatedToLeader: { name: string } | null } }>(
      `mutation($id: ID!) { escalateAssignment(id: $id, note: "Two weeks overdue") { escalatedTo { id } escalatedToLeader { name } } }`, { id: lead.id },
    );
    // The court has no superior in this city's directory: the commission's own leader takes it.
    expect(escalated.escalateAssignment).toEqual({ escalatedTo: { id: city.agencies.commission.id }, escalatedToLeader: { name: '政法委书记' } });
    expect((await listeners.commission.next((m) => m.event.type === 'AssignmentEscalated' && m.event.subject === lead.id)).event.data).toMatchObject({ escalatedToAgencyId: city.agencies.commission.id });

    expect(await errorCodes(`mutation($id: ID!) { approveAssignmentExtension(id: $id) { id } }`, { id: lead.id }, city.commissionStaff.token)).toEqual(['ILLEGAL_TRANSITION']);
    await takeStepAs(city.courtStaff, 'requestAssignmentExtension', { id: lead.id, workingDays: 20, reason: 'The debtor\'s assets are being traced abroad' });
    expect(await errorCodes(`mutation($id: ID!) { approveAssignmentExtension(id: $id) { id } }`, { id: lead.id }, city.courtStaff.token)).toEqual(['FORBIDDEN']);
    const { approveAssignmentExtension: extended } = await city.commissionStaff.query<{ approveAssignmentExtension: { dueAt: string; overdueSince: string | null; pendingExtensionDays: number | null } }>(
      `mutation($id: ID!) { approveAssignmentExtension(id: $id) { dueAt overdueSince pendingExtensionDays } }`, { id: lead.id },
    );
    expect(new Date(extended.dueAt).getTime()).toBeGreaterThan(Date.now());
    expect(extended).toMatchObject({ overdueSince: null, pendingExtensionDays: null });
    expect((await overdueIds()).map((node) => node.id)).not.toContain(lead.id);

    await takeStepAs(city.handler, 'sendBackAssignment', { id: coHandlerId, reason: 'A police matter: the procuratorate has no part in it yet' });
    await takeStepAs(city.commissionStaff, 'addSupervisionNote', { id: lead.id, note: 'Report weekly until enforced' });
    const { petition } = await city.commissionStaff.query<{ petition: { jointVisitAssignments: { status: string; supervisionNote: string | null; history: { action: string }[] }[] } }>(
      `query($id: ID!) { petition(id: $id) { jointVisitAssignments { status supervisionNote history { action } } } }`, { id: assigned.id },
    );
    expect(petition.jointVisitAssignments.map((assignment) => [assignment.status, assignment.supervisionNote, assignment.history.map((entry) => entry.action)])).toEqual([
      ['ASSIGNED', 'Report weekly until enforced', ['CREATE', 'MARK_OVERDUE', 'ESCALATE', 'REQUEST_EXTENSION', 'APPROVE_EXTENSION', 'ADD_SUPERVISION_NOTE']],
      ['SENT_BACK', null, ['CREATE', 'SEND_BACK']],
    ]);
  });

  async function policeActor(): Promise<Actor> {
    return registerStaffMember(police, { key: 'officer', name: '信访民警', department: '信访科', roles: [Role.HANDLER] });
  }
});
