import { Role, Topics } from '@xinfang/kit';
import { errorCodes } from './support/graphql-client';
import { madeUpIdNumber } from './support/personal-data';
import { TopicListener } from './support/kafka-listener';
import { registerStaffMember, seedCity, takeStepAs } from './support/seed';
import type { Actor, City } from './support/seed';

const DAY = 24 * 3600_000;

interface Clock { rule: string; title: string; status: string; startedAt: string; dueAt: string | null }

interface DifficultView {
  status: string;
  packageLeader: { id: string } | null;
  packagePlan: string | null;
  deadlines: Clock[];
  riskAssessments: { id: string; level: string; warning: boolean; acknowledgedByName: string | null }[];
  hearings: { status: string; participants: { name: string; kind: string }[]; conclusion: string | null; opinions: { participant: string }[] }[];
  history: { action: string }[];
}

const VIEW = `status packageLeader { id } packagePlan deadlines { rule title status startedAt dueAt }
  riskAssessments { id level warning acknowledgedByName }
  hearings { status participants { name kind } conclusion opinions { participant } } history { action }`;

const PACKAGE = 'mutation($id: ID!, $plan: String!, $targetDate: DateTimeISO!) { packagePetition(id: $id, plan: $plan, targetDate: $targetDate) { id } }';
const ASSESS = `mutation($id: ID!) { assessPetitionRisk(id: $id, decision: CLOSING_APPEAL, level: HIGH, reasons: "Has petitioned for six years and threatens to go to Beijing.",
  measures: "The package leader meets him before the decision; his village committee keeps in touch.") { id } }`;
const ACKNOWLEDGE = 'mutation($id: ID!, $assessmentId: ID!) { acknowledgeRiskWarning(id: $id, assessmentId: $assessmentId) { id } }';
const SCHEDULE = `mutation($id: ID!, $at: DateTimeISO!) { schedulePublicHearing(id: $id, scheduledFor: $at, venue: "检察听证室", participants: [
  { name: "刘代表", affiliation: "蚌埠市人大代表", kind: NPC_DEPUTY }, { name: "陈律师", affiliation: "安徽某律师事务所", kind: LAWYER }]) { id } }`;
const CONCLUDE = `mutation($id: ID!, $participant: String!) { concludePublicHearing(id: $id, conclusion: "The appeal has no grounds; the assistance offered is fair.",
  opinions: [{ participant: $participant, opinion: "Agrees the original decision was right." }]) { id } }`;

/**
 * A difficult appeal (疑难申诉) as the seeds describe it: a leader takes it as a package, a
 * risk assessment raises a warning the leader acknowledges, a public hearing stops the clocks
 * until its conclusion, and then the result and closing; every step in the history.
 */
describe('a difficult appeal', () => {
  let city: City;
  let leader: Actor;
  let head: Actor;
  let handler: Actor;
  let events: TopicListener;

  beforeAll(async () => {
    city = await seedCity();
    const agency = city.agencies.procuratorate;
    [leader, head, handler] = await Promise.all([
      registerStaffMember(agency, { key: 'chief', name: '检察长', department: '院领导', roles: [Role.LEADER] }),
      registerStaffMember(agency, { key: 'head', name: '部门负责人', department: '控告申诉检察部', roles: [Role.DEPARTMENT_HEAD] }),
      registerStaffMember(agency, { key: 'handler', name: '承办人', department: '控告申诉检察部', roles: [Role.HANDLER] }),
    ]);
    events = await TopicListener.start(Topics.petitionEvents.name);
  });

  afterAll(async () => {
    await events.stop();
  });

  const view = async (id: string) => (await leader.query<{ petition: DifficultView }>(`query($id: ID!) { petition(id: $id) { ${VIEW} } }`, { id })).petition;
  const clock = (petition: DifficultView, rule: string) => petition.deadlines.find((candidate) => candidate.rule === rule)!;

  it('goes through a leader package, a risk warning and a public hearing to its result', async () => {
    const appellant = { category: 'APPEAL', petitionerName: null, petitioners: [{ name: '周德顺', idNumber: madeUpIdNumber() }] };
    const { id } = await city.reception.registerPetition({ ...appellant, summary: 'Appeals a decision not to prosecute, for the sixth year.' });
    await takeStepAs(city.handler, 'acceptPetition', { id });
    await takeStepAs(city.reception, 'sendProceduralReply', { id, reply: 'Accepted.' });
    await takeStepAs(head, 'assignPetition', { id, department: '控告申诉检察部', handlerStaffId: handler.identity.userId });

    const targetDate = new Date(Date.now() + 30 * DAY);
    expect(await errorCodes(PACKAGE, { id, plan: 'Meet him', targetDate }, handler.token)).toEqual(['FORBIDDEN']);
    expect(await errorCodes(PACKAGE, { id, plan: 'Meet him', targetDate: new Date(Date.now() - DAY) }, leader.token)).toEqual(['BAD_USER_INPUT']);
    await leader.query(PACKAGE, { id, plan: 'Meet him at home, with the village committee; a hearing if he agrees.', targetDate });
    const { packagedPetitions } = await leader.query<{ packagedPetitions: { edges: { node: { id: string } }[] } }>(
      'query($leader: ID) { packagedPetitions(leaderStaffId: $leader, first: 10) { edges { node { id } } } }', { leader: leader.identity.userId },
    );
    expect(packagedPetitions.edges.map((edge) => edge.node.id)).toEqual([id]);

    await handler.query(ASSESS, { id });
    const { riskWarnings } = await leader.query<{ riskWarnings: { edges: { node: { id: string; petitionId: string } }[] } }>('{ riskWarnings(first: 10) { edges { node { id petitionId } } } }');
    const warning = riskWarnings.edges.map((edge) => edge.node).find((node) => node.petitionId === id)!;
    expect(warning).toBeDefined();
    const raised = await events.next((message) => message.key === id && message.event.type === 'PetitionRiskWarningRaised');
    expect(raised.event.data).toMatchObject({ decision: 'CLOSING_APPEAL', agencyId: city.agencies.procuratorate.id });
    expect(await errorCodes(ACKNOWLEDGE, { id, assessmentId: warning.id }, handler.token)).toEqual(['FORBIDDEN']);
    await leader.query(ACKNOWLEDGE, { id, assessmentId: warning.id });
    expect(await errorCodes(ACKNOWLEDGE, { id, assessmentId: warning.id }, leader.token)).toEqual(['ILLEGAL_TRANSITION']);
    const afterAcknowledgement = await leader.query<{ riskWarnings: { edges: { node: { id: string } }[] } }>('{ riskWarnings(first: 10) { edges { node { id } } } }');
    expect(afterAcknowledgement.riskWarnings.edges.map((edge) => edge.node.id)).not.toContain(warning.id);

    const before = await view(id);
    await handler.query(SCHEDULE, { id, at: new Date(Date.now() + 7 * DAY) });
    const paused = await view(id);
    expect(clock(paused, 'HANDLING')).toMatchObject({ status: 'PAUSED', dueAt: null });
    expect(clock(paused, 'HANDLING_RESULT')).toMatchObject({ status: 'PAUSED', dueAt: null });
    expect(await errorCodes(SCHEDULE, { id, at: new Date(Date.now() + 8 * DAY) }, handler.token)).toEqual(['ILLEGAL_TRANSITION']);
    expect(await errorCodes(CONCLUDE, { id, participant: '不认识的人' }, handler.token)).toEqual(['BAD_USER_INPUT']);
    await handler.query(CONCLUDE, { id, participant: '刘代表' });
    const resumed = await view(id);
    for (const rule of ['HANDLING', 'HANDLING_RESULT']) {
      expect(clock(resumed, rule).status).toBe('RUNNING');
      expect(Date.parse(clock(resumed, rule).dueAt!)).toBeGreaterThanOrEqual(Date.parse(clock(before, rule).dueAt!));
    }

    await takeStepAs(handler, 'recordResult', { id, result: 'Upheld after the hearing; judicial assistance granted.', legalBasis: '刑事诉讼法第一百七十七条', substantivelyResolved: true });
    await takeStepAs(handler, 'closePetition', { id });
    const final = await view(id);
    expect(final).toMatchObject({
      status: 'CLOSED', packageLeader: { id: leader.identity.userId },
      riskAssessments: [{ level: 'HIGH', warning: true, acknowledgedByName: '检察长' }],
      hearings: [{ status: 'CONCLUDED', participants: [{ name: '刘代表', kind: 'NPC_DEPUTY' }, { name: '陈律师', kind: 'LAWYER' }], opinions: [{ participant: '刘代表' }] }],
    });
    expect(final.history.map((entry) => entry.action)).toEqual([
      'REGISTER', 'ACCEPT', 'SEND_PROCEDURAL_REPLY', 'ASSIGN', 'PACKAGE', 'ASSESS_RISK', 'ACKNOWLEDGE_RISK_WARNING',
      'SCHEDULE_HEARING', 'CONCLUDE_HEARING', 'RECORD_RESULT', 'CLOSE',
    ]);
    // The test platform sets RETURN_VISIT_DAYS=20: due at the end of the 20th China day after closing.
    const returnVisit = clock(final, 'RETURN_VISIT');
    const closedOnInChina = new Date(Date.parse(returnVisit.startedAt) + 8 * 3600_000).toISOString().slice(0, 10);
    const dueDay = new Date(Date.parse(`${closedOnInChina}T00:00:00Z`) + 20 * DAY).toISOString().slice(0, 10);
    expect(returnVisit).toMatchObject({ status: 'RUNNING', title: '结案后20日内回访', dueAt: `${dueDay}T15:59:59.999Z` });

    // He petitions again on the same matter: the closed petition is looked back on.
    const lookingBack = async (resolved: boolean) => (await leader.query<{ lookingBackPetitions: { edges: { node: { id: string; packageLeader: { id: string } | null } }[] } }>(
      'query($resolved: Boolean!) { lookingBackPetitions(resolved: $resolved, first: 20) { edges { node { id packageLeader { id } } } } }', { resolved },
    )).lookingBackPetitions.edges.map((edge) => edge.node);
    expect(await lookingBack(false)).toEqual([]);
    await city.reception.registerPetition({ ...appellant, summary: 'Still not satisfied with the decision.' });
    expect(await lookingBack(false)).toEqual([{ id, packageLeader: { id: leader.identity.userId } }]);

    await takeStepAs(handler, 'recordReturnVisit', { id, rating: 'DISSATISFIED', comment: 'Visited at home; he still disputes the decision.' });
    const { dissatisfiedPetitions } = await leader.query<{ dissatisfiedPetitions: { edges: { node: { id: string } }[] } }>('{ dissatisfiedPetitions(first: 20) { edges { node { id } } } }');
    expect(dissatisfiedPetitions.edges.map((edge) => edge.node.id)).toEqual([id]);
    expect(await errorCodes('mutation($id: ID!) { markSubstantivelyResolved(id: $id, how: "Done") { id } }', { id }, handler.token)).toEqual(['FORBIDDEN']);
    await leader.query('mutation($id: ID!) { markSubstantivelyResolved(id: $id, how: "Found him work at the county vocational centre; he withdrew the new petition.") { id } }', { id });
    expect(await lookingBack(false)).toEqual([]);
    expect((await lookingBack(true)).map((node) => node.id)).toEqual([id]);

    const after = await view(id);
    expect(clock(after, 'RETURN_VISIT').status).toBe('MET');
    expect(after.history.slice(-2).map((entry) => entry.action)).toEqual(['RECORD_RETURN_VISIT', 'MARK_SUBSTANTIVELY_RESOLVED']);
    const { petitionStatistics } = await leader.query<{ petitionStatistics: { total: Record<string, unknown> } }>(
      `query($agencyId: ID!, $from: DateTimeISO!, $to: DateTimeISO!) { petitionStatistics(agencyId: $agencyId, from: $from, to: $to) {
        total { received repeat closed rated dissatisfied satisfactionRate lookingBack lookingBackResolved lookingBackResolvedShare } } }`,
      { agencyId: city.agencies.procuratorate.id, from: new Date(Date.now() - DAY), to: new Date(Date.now() + DAY) },
    );
    expect(petitionStatistics.total).toEqual({
      received: 2, repeat: 1, closed: 1, rated: 1, dissatisfied: 1, satisfactionRate: 0, lookingBack: 1, lookingBackResolved: 1, lookingBackResolvedShare: 1,
    });
  });
});
