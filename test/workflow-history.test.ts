import { AgencyTopics, ReferralUpdateReported } from '@xinfang/kit';
import { AgencySystem } from './support/agency-system';
import { errorCodes } from './support/graphql-client';
import { eventually } from './support/kafka-listener';
import { seedCity, stepMutation, takeStepAs } from './support/seed';
import type { Actor, City } from './support/seed';

interface HistoryEntry {
  position: number;
  action: string;
  fromStatus: string | null;
  toStatus: string;
  actorUserId: string;
  actorName: string;
  actorAgency: { id: string; name: string };
  via: string;
  note: string | null;
  at: string;
}

const HISTORY = 'history { position action fromStatus toStatus actorUserId actorName actorAgency { id name } via note at }';

/**
 * Every step on a referral or an assignment, taken through the API or reported by a partner's
 * own system on Kafka, is refused or recorded the same way by the kit's workflow runner, and
 * the record (who, for which agency, when, from what to what, why) is read through the gateway.
 */
describe('the history of a matter, step by step', () => {
  let city: City;
  let federation: AgencySystem;

  beforeAll(async () => {
    city = await seedCity();
    federation = await AgencySystem.connect(city.agencies.womensFederation.id);
  });

  afterAll(async () => {
    await federation.disconnect();
  });

  const issueReferral = async () => {
    const petition = await city.reception.registerPetition();
    const assistanceCase = await city.handler.openAssistanceCase(petition.id);
    const referral = await city.handler.issueReferral(assistanceCase.id, city.agencies.womensFederation.id);
    return { id: referral.id, caseId: assistanceCase.id };
  };

  const referralHistory = async (caseId: string): Promise<HistoryEntry[]> => {
    const { assistanceCase } = await city.handler.query<{ assistanceCase: { referrals: { history: HistoryEntry[] }[] } }>(
      `query($id: ID!) { assistanceCase(id: $id) { referrals { ${HISTORY} } } }`,
      { id: caseId },
    );
    return assistanceCase.referrals[0]?.history ?? [];
  };

  const refused = (actor: Actor, mutation: string, variables: Record<string, unknown>) => errorCodes(stepMutation(mutation, variables), variables, actor.token);

  const by = (actor: Actor, agency: { id: string; name: string }) => ({ actorUserId: actor.identity.userId, actorName: actor.identity.name, actorAgency: agency });

  it('shows a referral issued, acknowledged, accepted, started and completed, with who, agency, from, to and note', async () => {
    const referral = await issueReferral();
    const partner = city.womensFederationStaff;
    await takeStepAs(partner, 'acknowledgeReferral', { id: referral.id });
    await takeStepAs(partner, 'acceptReferral', { id: referral.id, expectedVersion: 2 });
    await takeStepAs(partner, 'startReferral', { id: referral.id, note: 'First counselling session booked' });
    const done = await takeStepAs(partner, 'completeReferral', { id: referral.id, outcome: 'Six sessions held; childcare arranged' });
    expect(done).toMatchObject({ status: 'COMPLETED', version: 5 });

    const history = await referralHistory(referral.caseId);
    const { procuratorate, womensFederation } = city.agencies;
    expect(history).toEqual([
      { position: 1, action: 'ISSUE', fromStatus: null, toStatus: 'ISSUED', ...by(city.handler, procuratorate), via: 'API', note: null, at: expect.any(String) },
      { position: 2, action: 'ACKNOWLEDGE', fromStatus: 'ISSUED', toStatus: 'ACKNOWLEDGED', ...by(partner, womensFederation), via: 'API', note: null, at: expect.any(String) },
      { position: 3, action: 'ACCEPT', fromStatus: 'ACKNOWLEDGED', toStatus: 'ACCEPTED', ...by(partner, womensFederation), via: 'API', note: null, at: expect.any(String) },
      { position: 4, action: 'START', fromStatus: 'ACCEPTED', toStatus: 'IN_PROGRESS', ...by(partner, womensFederation), via: 'API', note: 'First counselling session booked', at: expect.any(String) },
      { position: 5, action: 'COMPLETE', fromStatus: 'IN_PROGRESS', toStatus: 'COMPLETED', ...by(partner, womensFederation), via: 'API', note: 'Six sessions held; childcare arranged', at: expect.any(String) },
    ]);
    const times = history.map((entry) => Date.parse(entry.at));
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });

  it('refuses a step on a version the caller has not seen with CONFLICT, and records nothing', async () => {
    const referral = await issueReferral();
    await takeStepAs(city.womensFederationStaff, 'acknowledgeReferral', { id: referral.id, expectedVersion: 1 });
    expect(await refused(city.womensFederationStaff, 'acceptReferral', { id: referral.id, expectedVersion: 1 })).toEqual(['CONFLICT']);
    expect((await referralHistory(referral.caseId)).map((entry) => entry.action)).toEqual(['ISSUE', 'ACKNOWLEDGE']);
  });

  it('refuses an illegal step, the wrong side, and a decline without a reason', async () => {
    const referral = await issueReferral();
    expect(await refused(city.womensFederationStaff, 'startReferral', { id: referral.id })).toEqual(['ILLEGAL_TRANSITION']);
    expect(await refused(city.handler, 'acknowledgeReferral', { id: referral.id })).toEqual(['FORBIDDEN']);
    // Another partner may not even learn the referral exists.
    expect(await refused(city.civilAffairsStaff, 'acceptReferral', { id: referral.id })).toEqual(['NOT_FOUND']);
    expect(await refused(city.womensFederationStaff, 'revokeReferral', { id: referral.id })).toEqual(['FORBIDDEN']);
    expect(await refused(city.womensFederationStaff, 'declineReferral', { id: referral.id, reason: '   ' })).toEqual(['BAD_USER_INPUT']);
    expect(await refused(city.womensFederationStaff, 'acknowledgeReferral', { id: '00000000-0000-4000-8000-000000000000' })).toEqual(['NOT_FOUND']);
    expect((await referralHistory(referral.caseId)).map((entry) => entry.action)).toEqual(['ISSUE']);
  });

  it('records the partner\'s own system starting the referral through Kafka', async () => {
    const referral = await issueReferral();
    await takeStepAs(city.womensFederationStaff, 'acceptReferral', { id: referral.id });
    const started = federation.event(ReferralUpdateReported, referral.id, {
      referralId: referral.id, action: 'START', note: 'Counsellor assigned', reportedBy: 'federation-caseworker-7', reportedByName: '王芳',
    });
    await federation.send(AgencyTopics.referralUpdates, started);

    const history = await eventually(() => referralHistory(referral.caseId), (entries) => entries.length === 3);
    expect(history[2]).toMatchObject({
      action: 'START', fromStatus: 'ACCEPTED', toStatus: 'IN_PROGRESS', actorUserId: 'federation-caseworker-7', actorName: '王芳',
      actorAgency: { id: city.agencies.womensFederation.id }, via: 'KAFKA', note: 'Counsellor assigned',
    });
  });

  it('shows an assignment\'s creation, progress and completion in its history', async () => {
    const petition = await city.reception.registerPetition({ category: 'APPEAL', summary: 'Appeals the enforcement of a compensation judgment.' });
    const { createAssignment: assignment } = await city.commissionStaff.query<{ createAssignment: { id: string } }>(
      `mutation($input: CreateAssignmentInput!) { createAssignment(input: $input) { id } }`,
      { input: { petitionId: petition.id, lead: { agencyId: city.agencies.court.id, task: 'Check why the judgment was not enforced', workingDays: 15 } } },
    );
    expect(await refused(city.commissionStaff, 'reportAssignmentProgress', { id: assignment.id, note: 'Not ours to report' })).toEqual(['FORBIDDEN']);
    expect(await refused(city.courtStaff, 'completeAssignment', { id: assignment.id, outcome: ' ' })).toEqual(['BAD_USER_INPUT']);
    await takeStepAs(city.courtStaff, 'reportAssignmentProgress', { id: assignment.id, note: 'Enforcement file retrieved' });
    await takeStepAs(city.courtStaff, 'completeAssignment', { id: assignment.id, outcome: 'Enforcement resumed', expectedVersion: 2 });
    expect(await refused(city.courtStaff, 'reportAssignmentProgress', { id: assignment.id, note: 'One more thing' })).toEqual(['ILLEGAL_TRANSITION']);

    const { assignmentsInbox } = await city.courtStaff.query<{ assignmentsInbox: { edges: { node: { id: string; history: HistoryEntry[] } }[] } }>(
      `{ assignmentsInbox(status: COMPLETED, first: 5) { edges { node { id ${HISTORY} } } } }`,
    );
    const history = assignmentsInbox.edges.find((edge) => edge.node.id === assignment.id)?.node.history;
    const { commission, court } = city.agencies;
    expect(history).toEqual([
      { position: 1, action: 'CREATE', fromStatus: null, toStatus: 'ASSIGNED', ...by(city.commissionStaff, commission), via: 'API', note: null, at: expect.any(String) },
      { position: 2, action: 'REPORT_PROGRESS', fromStatus: 'ASSIGNED', toStatus: 'IN_PROGRESS', ...by(city.courtStaff, court), via: 'API', note: 'Enforcement file retrieved', at: expect.any(String) },
      { position: 3, action: 'COMPLETE', fromStatus: 'IN_PROGRESS', toStatus: 'COMPLETED', ...by(city.courtStaff, court), via: 'API', note: 'Enforcement resumed', at: expect.any(String) },
    ]);
  });
});
