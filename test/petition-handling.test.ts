import { AgencyTopics, Role, Topics, agencyTopic } from '@xinfang/kit';
import { errorCodes, graphql } from './support/graphql-client';
import { madeUpIdNumber } from './support/personal-data';
import { TopicListener, eventually } from './support/kafka-listener';
import { registerStaffMember, seedCity, seedProcuratorateChain, stepMutation, takeStepAs } from './support/seed';
import type { Actor, City } from './support/seed';

interface Clock {
  rule: string;
  status: string;
  dueAt: string | null;
  metAt: string | null;
}

interface PetitionView {
  status: string;
  version: number;
  department: string | null;
  handler: { id: string; name: string } | null;
  handlingAgency: { id: string };
  proceduralReplySentAt: string | null;
  result: string | null;
  substantivelyResolved: boolean | null;
  deadlines: Clock[];
  history: { action: string; fromStatus: string | null; toStatus: string; actorUserId: string; note: string | null }[];
}

const VIEW = `status version department handler { id name } handlingAgency { id } proceduralReplySentAt result substantivelyResolved
  deadlines { rule status dueAt metAt } history { action fromStatus toStatus actorUserId note }`;

const DAY = 24 * 3600_000;

/**
 * A petition's whole handling under first responsibility, through the gateway: every step
 * through the kit's workflow, every clock stored and met (or missed), every step announced.
 */
describe('a petition handled from the 12309 call to closing', () => {
  let city: City;
  let departmentHead: Actor;
  let assignedHandler: Actor;
  let otherHandler: Actor;
  let petitionEvents: TopicListener;

  beforeAll(async () => {
    city = await seedCity();
    const agency = city.agencies.procuratorate;
    [departmentHead, assignedHandler, otherHandler] = await Promise.all([
      registerStaffMember(agency, { key: 'head', name: '部门负责人', department: '控告申诉检察部', roles: [Role.DEPARTMENT_HEAD] }),
      registerStaffMember(agency, { key: 'wang-fang', name: '王芳', department: '控告申诉检察部', roles: [Role.HANDLER] }),
      registerStaffMember(agency, { key: 'zhao-gang', name: '赵刚', department: '控告申诉检察部', roles: [Role.HANDLER] }),
    ]);
    petitionEvents = await TopicListener.start(Topics.petitionEvents.name);
  });

  afterAll(async () => {
    await petitionEvents.stop();
  });

  const view = async (id: string, as: Actor = city.handler) =>
    (await as.query<{ petition: PetitionView }>(`query($id: ID!) { petition(id: $id) { ${VIEW} } }`, { id })).petition;

  const refused = async (actor: Actor, mutation: string, variables: Record<string, unknown>) => errorCodes(stepMutation(mutation, variables), variables, actor.token);

  const clock = (petition: PetitionView, rule: string) => petition.deadlines.find((candidate) => candidate.rule === rule);

  it('replies, assigns to a named handler, extends once, records the result and closes, with every clock and step kept', async () => {
    // Called in ten days ago: the 7-day reply is already late when it goes out.
    const petition = await city.reception.registerPetition({ channel: 'HOTLINE_12309', receivedAt: new Date(Date.now() - 10 * DAY) });
    const { id } = petition;

    expect(await refused(city.handler, 'recordResult', { id, result: 'Too early', legalBasis: '刑事诉讼法', substantivelyResolved: true })).toEqual(['ILLEGAL_TRANSITION']);
    await takeStepAs(city.handler, 'acceptPetition', { id });
    await takeStepAs(city.reception, 'sendProceduralReply', { id, reply: 'Told by phone that it was accepted.' });
    expect(await refused(city.reception, 'sendProceduralReply', { id, reply: 'Again' })).toEqual(['ILLEGAL_TRANSITION']);

    expect(await refused(city.handler, 'assignPetition', { id, department: '控告申诉检察部', handlerStaffId: assignedHandler.identity.userId })).toEqual(['FORBIDDEN']);
    expect(await refused(departmentHead, 'assignPetition', { id, department: '控告申诉检察部', handlerStaffId: `${city.agencies.court.id}.nobody` })).toEqual(['BAD_USER_INPUT']);
    await takeStepAs(departmentHead, 'assignPetition', { id, department: '控告申诉检察部', handlerStaffId: assignedHandler.identity.userId });

    const beforeExtension = clock(await view(id), 'HANDLING');
    await takeStepAs(departmentHead, 'extendPetitionHandling', { id, days: 15, reason: 'An expert opinion on the injury is awaited.' });
    const extended = clock(await view(id), 'HANDLING');
    expect(Date.parse(extended!.dueAt!) - Date.parse(beforeExtension!.dueAt!)).toBe(15 * DAY);
    expect(await refused(departmentHead, 'extendPetitionHandling', { id, days: 5, reason: 'Once more' })).toEqual(['BAD_USER_INPUT']);

    expect(await refused(otherHandler, 'recordResult', { id, result: 'Not mine', legalBasis: '刑事诉讼法', substantivelyResolved: true })).toEqual(['FORBIDDEN']);
    expect(await refused(assignedHandler, 'recordResult', { id, result: ' ', legalBasis: '刑事诉讼法', substantivelyResolved: true })).toEqual(['BAD_USER_INPUT']);
    await takeStepAs(assignedHandler, 'recordResult', { id, result: 'Compensation order enforced; judicial assistance granted.', legalBasis: '《人民检察院国家司法救助工作细则》第七条', substantivelyResolved: true });
    const closed = await takeStepAs(assignedHandler, 'closePetition', { id });
    expect(closed.status).toBe('CLOSED');

    const final = await view(id);
    expect(final).toMatchObject({
      status: 'CLOSED', department: '控告申诉检察部', handler: { id: assignedHandler.identity.userId, name: '王芳' },
      handlingAgency: { id: city.agencies.procuratorate.id }, result: 'Compensation order enforced; judicial assistance granted.', substantivelyResolved: true,
    });
    expect(final.history.map(({ action, fromStatus, toStatus }) => [action, fromStatus, toStatus])).toEqual([
      ['REGISTER', null, 'REGISTERED'],
      ['ACCEPT', 'REGISTERED', 'ACCEPTED'],
      ['SEND_PROCEDURAL_REPLY', 'ACCEPTED', 'ACCEPTED'],
      ['ASSIGN', 'ACCEPTED', 'ASSIGNED'],
      ['EXTEND_HANDLING', 'ASSIGNED', 'ASSIGNED'],
      ['RECORD_RESULT', 'ASSIGNED', 'RESULT_RECORDED'],
      ['CLOSE', 'RESULT_RECORDED', 'CLOSED'],
    ]);
    expect(final.history[4]).toMatchObject({ actorUserId: departmentHead.identity.userId, note: 'An expert opinion on the injury is awaited.' });
    expect(Object.fromEntries(final.deadlines.map((deadline) => [deadline.rule, deadline.status]))).toEqual({
      PROCEDURAL_REPLY: 'MISSED', REGISTRATION_NOTICE: 'MET', HANDLING_RESULT: 'MET', HANDLING: 'MET', RETURN_VISIT: 'RUNNING',
    });

    // The petitioner rates the answer once, with the tracking number and code they were given.
    const RATE = 'mutation($t: String!, $c: String!) { ratePetition(trackingNumber: $t, accessCode: $c, rating: SATISFIED, comment: "Thank you") { status result satisfaction } }';
    const rated = await graphql<{ ratePetition: unknown }>(RATE, { t: petition.trackingNumber, c: petition.accessCode });
    expect(rated.data?.ratePetition).toEqual({ status: 'CLOSED', result: 'Compensation order enforced; judicial assistance granted.', satisfaction: 'SATISFIED' });
    expect(await errorCodes(RATE, { t: petition.trackingNumber, c: petition.accessCode })).toEqual(['ILLEGAL_TRANSITION']);
    expect(await errorCodes(RATE, { t: petition.trackingNumber, c: 'WRONG-CODE' })).toEqual(['NOT_FOUND']);

    const announced = await eventually(
      async () => petitionEvents.all((message) => message.key === id).map((message) => message.event.data.action ?? message.event.type),
      (actions) => actions.length === 7,
    );
    expect(announced).toEqual(['PetitionRegistered', 'ACCEPT', 'SEND_PROCEDURAL_REPLY', 'ASSIGN', 'EXTEND_HANDLING', 'RECORD_RESULT', 'CLOSE']);
    // Events name agencies and staff, never the petitioner.
    expect(JSON.stringify(petitionEvents.all((message) => message.key === id))).not.toContain('李秀兰');
  });

  it('transfers a petition to the procuratorate with jurisdiction, which finds it in its own list and takes it on', async () => {
    const { id } = await city.reception.registerPetition({ channel: 'LETTER', category: 'APPEAL' });
    expect(await refused(city.handler, 'transferPetition', { id, toAgencyId: 'no-such-agency', reason: 'Theirs' })).toEqual(['BAD_USER_INPUT']);
    expect(await refused(city.handler, 'transferPetition', { id, toAgencyId: city.agencies.otherProcuratorate.id, reason: '' })).toEqual(['BAD_USER_INPUT']);
    expect((await view(id)).status).toBe('REGISTERED'); // nothing half-written
    const transfersIn = await TopicListener.start(agencyTopic(AgencyTopics.petitionTransfers, city.agencies.otherProcuratorate.id).name);
    await takeStepAs(city.handler, 'transferPetition', { id, toAgencyId: city.agencies.otherProcuratorate.id, reason: 'The case was decided in the neighbouring city.' });
    // The agency with jurisdiction hears of it on its own topic, as its own system would.
    const told = await transfersIn.next((message) => message.key === id).finally(() => transfersIn.stop());
    expect(told.event).toMatchObject({
      type: 'PetitionTransferred',
      data: { petitionId: id, fromAgencyId: city.agencies.procuratorate.id, toAgencyId: city.agencies.otherProcuratorate.id, category: 'APPEAL' },
    });

    const { petitions } = await city.outsider.query<{ petitions: { edges: { node: { id: string; status: string } }[] } }>(
      `query($agency: ID!) { petitions(filter: { handlingAgencyId: $agency }, first: 50) { edges { node { id status } } } }`,
      { agency: city.agencies.otherProcuratorate.id },
    );
    expect(petitions.edges.map((edge) => edge.node)).toContainEqual({ id, status: 'TRANSFERRED' });

    // First responsibility has moved: the receiving agency may no longer decide, the new one does.
    expect(await refused(city.handler, 'acceptPetition', { id })).toEqual(['FORBIDDEN']);
    await takeStepAs(city.outsider, 'acceptPetition', { id });
    // The agency that received it still tells the petitioner where it went.
    await takeStepAs(city.reception, 'sendProceduralReply', { id, reply: 'Told by letter that it went to the neighbouring procuratorate.' });
    const taken = await view(id, city.outsider);
    expect(taken).toMatchObject({ status: 'ACCEPTED', handlingAgency: { id: city.agencies.otherProcuratorate.id } });
    expect(clock(taken, 'PROCEDURAL_REPLY')?.status).toBe('MET');
    expect(clock(taken, 'HANDLING')?.status).toBe('RUNNING');
  });

  it('is reviewed by the superior procuratorate and re-reviewed by the one above it, and then final', async () => {
    const chain = await seedProcuratorateChain();
    const [countyLeader, countyHandler] = await Promise.all([
      registerStaffMember(chain.agencies.county, { key: 'leader', name: '县院检察长', department: '院领导', roles: [Role.LEADER] }),
      registerStaffMember(chain.agencies.county, { key: 'handler', name: '县院承办人', department: '控告申诉检察部', roles: [Role.HANDLER] }),
    ]);
    const appellant = { name: '周德顺', idNumber: madeUpIdNumber() };
    const appeal = { category: 'APPEAL', petitionerName: null, petitioners: [appellant] };
    const { id } = await chain.countyHandler.registerPetition(appeal);
    await takeStepAs(chain.countyHandler, 'acceptPetition', { id });
    await takeStepAs(chain.countyHandler, 'sendProceduralReply', { id, reply: 'Accepted.' });
    await takeStepAs(countyLeader, 'assignPetition', { id, department: '控告申诉检察部', handlerStaffId: countyHandler.identity.userId });
    await takeStepAs(countyHandler, 'recordResult', { id, result: 'The decision not to prosecute stands.', legalBasis: '刑事诉讼法第一百七十七条', substantivelyResolved: false });

    // Only the county's superior reviews its answer, and only its superior re-reviews.
    expect(await refused(chain.countyHandler, 'requestPetitionReview', { id, reason: 'Disputes the answer' })).toEqual(['FORBIDDEN']);
    await takeStepAs(chain.cityHandler, 'requestPetitionReview', { id, reason: 'Disputes the answer' });
    expect(await refused(chain.cityHandler, 'answerPetitionReview', { id, opinion: ' ' })).toEqual(['BAD_USER_INPUT']);
    await takeStepAs(chain.cityHandler, 'answerPetitionReview', { id, opinion: 'The answer was right.' });
    expect(await refused(chain.cityHandler, 'requestPetitionReReview', { id, reason: 'Still disputes it' })).toEqual(['FORBIDDEN']);
    await takeStepAs(chain.provinceHandler, 'requestPetitionReReview', { id, reason: 'Still disputes it' });
    const final = await takeStepAs(chain.provinceHandler, 'answerPetitionReReview', { id, opinion: 'Upheld; this is final.' });
    expect(final.status).toBe('FINAL');
    expect(await refused(chain.provinceHandler, 'requestPetitionReReview', { id, reason: 'Again' })).toEqual(['ILLEGAL_TRANSITION']);

    const { petition } = await chain.provinceHandler.query<{ petition: PetitionView & { reviewingAgency: { id: string }; reReviewingAgency: { id: string } } }>(
      `query($id: ID!) { petition(id: $id) { ${VIEW} reviewingAgency { id } reReviewingAgency { id } } }`, { id },
    );
    expect(petition).toMatchObject({ reviewingAgency: { id: chain.agencies.city.id }, reReviewingAgency: { id: chain.agencies.province.id } });
    expect(clock(petition, 'REVIEW_ANSWER')?.status).toBe('MET');
    expect(clock(petition, 'RE_REVIEW_ANSWER')?.status).toBe('MET');
    expect(petition.history.slice(-4).map((entry) => entry.action)).toEqual(['REQUEST_REVIEW', 'ANSWER_REVIEW', 'REQUEST_RE_REVIEW', 'ANSWER_RE_REVIEW']);

    // The same person on the same matter again: refused, pointing to the final decision; with new facts, registered.
    const again = await graphql<unknown>(
      'mutation($input: RegisterPetitionInput!) { registerPetition(input: $input) { petition { id } } }',
      { input: { channel: 'LETTER', summary: 'Appeals the same decision again.', request: 'A new review.', ...appeal } },
      chain.countyHandler.token,
    );
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'FINAL_DECISION', finalPetitionId: id });
    const withNewFacts = await chain.countyHandler.registerPetition({ ...appeal, newFacts: true, summary: 'A witness has come forward.' });
    expect(withNewFacts.id).toEqual(expect.any(String));
  });
});
