import { Role, Topics } from '@xinfang/kit';
import { graphql } from './support/graphql-client';
import { TopicListener, eventually } from './support/kafka-listener';
import { Actor, seedCity, seedProcuratorateChain } from './support/seed';
import type { City, ProcuratorateChain, SeededAgency } from './support/seed';

const CASE_FIELDS = `id status version origin applicantName priorityGroup requestedAmountFen approvedAmountFen jointShareFen totalApprovedFen paidAmountFen paperworkPending decidedBy
  handlingAgency { id } jointAgency { id }
  payments { amountFen method receiptReference paidBy { id } }
  history { action fromStatus toStatus actorName actorAgency { id } note }
  deadlines { rule status }`;

interface Case {
  id: string;
  status: string;
  version: number;
  origin: string;
  approvedAmountFen: number | null;
  jointShareFen: number | null;
  totalApprovedFen: number;
  paidAmountFen: number;
  payments: { amountFen: number; method: string; receiptReference: string; paidBy: { id: string } }[];
  history: { action: string; fromStatus: string | null; toStatus: string; actorName: string; actorAgency: { id: string }; note: string | null }[];
  deadlines: { rule: string; status: string }[];
  [field: string]: unknown;
}

/** The procuratorate's department head and procurator-general, who review and decide. */
async function leadershipOf(agency: SeededAgency) {
  return {
    head: await Actor.as({ userId: `head-${agency.id}`, name: '部门负责人', agencyId: agency.id, roles: [Role.DEPARTMENT_HEAD] }),
    leader: await Actor.as({ userId: `leader-${agency.id}`, name: '检察长', agencyId: agency.id, roles: [Role.LEADER] }),
  };
}

/** A case step as this actor: the mutation's name, its arguments with their GraphQL types, and what comes back. */
async function step(actor: Actor, mutation: string, args: Record<string, [string, unknown]>): Promise<Case> {
  const declared = Object.entries(args).map(([name, [type]]) => `$${name}: ${type}`).join(', ');
  const passed = Object.keys(args).map((name) => `${name}: $${name}`).join(', ');
  const variables = Object.fromEntries(Object.entries(args).map(([name, [, value]]) => [name, value]));
  const data = await actor.query<Record<string, Case>>(`mutation(${declared}) { ${mutation}(${passed}) { ${CASE_FIELDS} } }`, variables);
  return data[mutation]!;
}

async function refusal(actor: Actor, mutation: string, args: Record<string, [string, unknown]>) {
  const declared = Object.entries(args).map(([name, [type]]) => `$${name}: ${type}`).join(', ');
  const passed = Object.keys(args).map((name) => `${name}: $${name}`).join(', ');
  const variables = Object.fromEntries(Object.entries(args).map(([name, [, value]]) => [name, value]));
  const { errors } = await graphql(`mutation(${declared}) { ${mutation}(${passed}) { id } }`, variables, actor.token);
  return { code: errors?.[0]?.extensions?.code, field: errors?.[0]?.extensions?.field };
}

const id = (caseId: string): [string, unknown] => ['ID!', caseId];
const APPLICATION = { applicantName: '李秀兰', applicantRelation: 'PETITIONER', grounds: 'VICTIM_WITHOUT_COMPENSATION', priorityGroup: 'WOMAN_IN_HARDSHIP', hardship: 'Husband killed in a traffic case; the driver cannot pay; two children at school.', requestedAmountFen: 3_000_000 };
const propose = (handler: Actor, caseId: string) => step(handler, 'proposeAssistance', { id: id(caseId), opinion: ['String!', 'Meets the grounds: no compensation, two dependants.'], application: ['AssistanceApplicationInput', APPLICATION] });
const review = (head: Actor, caseId: string) => step(head, 'reviewAssistance', { id: id(caseId), opinion: ['String!', 'Facts verified with the village committee.'] });
const approve = (leader: Actor, caseId: string, approvedAmountFen: number) =>
  step(leader, 'approveAssistance', { id: id(caseId), approvedAmountFen: ['Int!', approvedAmountFen], decidedBy: ['DecisionMaker!', 'PROCURATOR_GENERAL'] });
const paymentArgs = (caseId: string, amountFen: number, receipt: string) =>
  ({ id: id(caseId), amountFen: ['Int!', amountFen], method: ['PaymentMethod!', 'BANK_TRANSFER'], receiptReference: ['String!', receipt] }) as Record<string, [string, unknown]>;
const pay = (actor: Actor, caseId: string, amountFen: number, receipt: string) => step(actor, 'recordPayment', paymentArgs(caseId, amountFen, receipt));

/** The petition's cases, as the federated view shows them to this actor. */
async function casesOfPetition(actor: Actor, petitionId: string): Promise<Case[]> {
  const { petition } = await actor.query<{ petition: { assistanceCases: Case[] } }>(`query($id: ID!) { petition(id: $id) { id assistanceCases { ${CASE_FIELDS} } } }`, { id: petitionId });
  return petition.assistanceCases;
}

/** The case judicial assistance proposed by itself for a petition asking for it. */
async function proposedCaseOf(actor: Actor, petitionId: string): Promise<Case> {
  const [proposed] = await eventually(() => casesOfPetition(actor, petitionId), (cases) => cases.length > 0);
  return proposed!;
}

async function caseAs(actor: Actor, caseId: string): Promise<Case> {
  return (await actor.query<{ assistanceCase: Case }>(`query($id: ID!) { assistanceCase(id: $id) { ${CASE_FIELDS} } }`, { id: caseId })).assistanceCase;
}

describe('judicial assistance (司法救助) cases', () => {
  let city: City;
  let head: Actor;
  let leader: Actor;

  beforeAll(async () => {
    city = await seedCity();
    ({ head, leader } = await leadershipOf(city.agencies.procuratorate));
  });

  it('proposes a case for a request for judicial assistance by itself, which is reviewed, approved, paid in two disbursements and shown on the petition', async () => {
    const listener = await TopicListener.start(Topics.assistanceCases.name);
    try {
      const petition = await city.reception.registerPetition({ category: 'JUDICIAL_ASSISTANCE' });
      const proposed = await proposedCaseOf(city.handler, petition.id);
      expect(proposed).toMatchObject({ status: 'OPEN', origin: 'PETITION_CATEGORY', applicantName: null, handlingAgency: { id: city.agencies.procuratorate.id } });
      expect(proposed.deadlines).toEqual([{ rule: 'ASSISTANCE_DECISION', status: 'RUNNING' }]);

      expect((await propose(city.handler, proposed.id)).status).toBe('PROPOSED');
      expect((await review(head, proposed.id)).status).toBe('REVIEWED');
      expect(await approve(leader, proposed.id, 2_000_000)).toMatchObject({ status: 'APPROVED', approvedAmountFen: 2_000_000, decidedBy: 'PROCURATOR_GENERAL' });
      expect(await pay(city.handler, proposed.id, 1_200_000, 'BOC-2026-0001')).toMatchObject({ status: 'PARTLY_PAID', paidAmountFen: 1_200_000 });
      expect(await pay(city.handler, proposed.id, 800_000, 'BOC-2026-0002')).toMatchObject({ status: 'PAID', paidAmountFen: 2_000_000 });
      await step(city.handler, 'closeAssistanceCase', { id: id(proposed.id), summary: ['String!', 'Paid in full; referred for counselling.'] });

      const [shown] = await casesOfPetition(city.handler, petition.id);
      expect(shown).toMatchObject({ status: 'CLOSED', applicantName: '李秀兰', priorityGroup: 'WOMAN_IN_HARDSHIP', requestedAmountFen: 3_000_000, totalApprovedFen: 2_000_000, paidAmountFen: 2_000_000 });
      expect(shown!.payments).toEqual([
        { amountFen: 1_200_000, method: 'BANK_TRANSFER', receiptReference: 'BOC-2026-0001', paidBy: { id: city.agencies.procuratorate.id } },
        { amountFen: 800_000, method: 'BANK_TRANSFER', receiptReference: 'BOC-2026-0002', paidBy: { id: city.agencies.procuratorate.id } },
      ]);
      expect(shown!.history.map(({ action, fromStatus, toStatus, actorName }) => [action, fromStatus, toStatus, actorName])).toEqual([
        ['OPEN', null, 'OPEN', '平台 (from the petition)'],
        ['PROPOSE', 'OPEN', 'PROPOSED', '承办检察官'],
        ['REVIEW', 'PROPOSED', 'REVIEWED', '部门负责人'],
        ['APPROVE', 'REVIEWED', 'APPROVED', '检察长'],
        ['PAY', 'APPROVED', 'PARTLY_PAID', '承办检察官'],
        ['PAY', 'PARTLY_PAID', 'PAID', '承办检察官'],
        ['CLOSE', 'PAID', 'CLOSED', '承办检察官'],
      ]);
      expect(shown!.deadlines).toEqual([{ rule: 'ASSISTANCE_DECISION', status: 'MET' }]);

      // Every step went out on assistance.cases.v1, keyed by the case, amounts in fen.
      const paid = await listener.next((message) => message.key === proposed.id && message.event.type === 'AssistanceCaseStepTaken' && (message.event.data as { status: string }).status === 'PAID');
      expect(paid.event.data).toMatchObject({ action: 'PAY', previousStatus: 'PARTLY_PAID', approvedAmountFen: 2_000_000, paidAmountFen: 2_000_000, petitionId: petition.id });
    } finally {
      await listener.stop();
    }
  });

  it('proposes a case by itself for a disabled petitioner, in the disabled priority group', async () => {
    const petition = await city.reception.registerPetition({
      category: 'REQUEST', petitionerName: null, petitioners: [{ name: '吴秀英', vulnerabilities: ['DISABLED'] }],
    });
    const proposed = await proposedCaseOf(city.handler, petition.id);
    expect(proposed).toMatchObject({ status: 'OPEN', origin: 'VULNERABILITY', priorityGroup: 'DISABLED' });
  });

  it('refuses bad input with a code and changes nothing: an unknown petition, a decision without review, a payment over the approved amount', async () => {
    const OPEN = `mutation($input: OpenAssistanceCaseInput!) { openAssistanceCase(input: $input) { id } }`;
    const unknown = { petitionId: '00000000-0000-4000-8000-000000000000', applicantName: '张三', hardship: 'Hardship caused by the case.', requestedAmountFen: 100_000 };
    const { errors } = await graphql(OPEN, { input: unknown }, city.handler.token);
    expect({ code: errors?.[0]?.extensions?.code, field: errors?.[0]?.extensions?.field }).toEqual({ code: 'BAD_USER_INPUT', field: 'petitionId' });

    const petition = await city.reception.registerPetition();
    const opened = await city.handler.openAssistanceCase(petition.id, { applicantRelation: 'PETITIONER', grounds: 'HARDSHIP_CAUSED_BY_CASE' });
    const proposed = await step(city.handler, 'proposeAssistance', { id: id(opened.id), opinion: ['String!', 'Proposes 10,000 yuan.'] });
    const decide = { id: id(opened.id), approvedAmountFen: ['Int!', 1_000_000], decidedBy: ['DecisionMaker!', 'PROCURATOR_GENERAL'] } as Record<string, [string, unknown]>;
    expect(await refusal(leader, 'approveAssistance', decide)).toEqual({ code: 'ILLEGAL_TRANSITION', field: undefined });
    expect(await caseAs(city.handler, opened.id)).toMatchObject({ status: 'PROPOSED', version: proposed.version, approvedAmountFen: null });

    await review(head, opened.id);
    expect(await refusal(city.handler, 'approveAssistance', decide)).toEqual({ code: 'FORBIDDEN', field: undefined });
    expect(await refusal(leader, 'approveAssistance', { ...decide, approvedAmountFen: ['Int!', 1_000_000_000] })).toEqual({ code: 'BAD_USER_INPUT', field: 'approvedAmountFen' });
    const approved = await approve(leader, opened.id, 1_000_000);
    expect(await refusal(city.handler, 'recordPayment', paymentArgs(opened.id, 1_000_001, 'BOC-OVER'))).toEqual({ code: 'BAD_USER_INPUT', field: 'amountFen' });
    await pay(city.handler, opened.id, 600_000, 'BOC-PART');
    expect(await refusal(city.handler, 'recordPayment', paymentArgs(opened.id, 400_001, 'BOC-OVER-2'))).toEqual({ code: 'BAD_USER_INPUT', field: 'amountFen' });
    expect(await caseAs(city.handler, opened.id)).toMatchObject({ status: 'PARTLY_PAID', version: approved.version + 1, paidAmountFen: 600_000, payments: [{ amountFen: 600_000 }] });
  });

  it('pays urgent help first and flags the case until the approval completes the paperwork', async () => {
    const petition = await city.reception.registerPetition({ category: 'JUDICIAL_ASSISTANCE' });
    const proposed = await proposedCaseOf(city.handler, petition.id);
    const urgent = await step(head, 'recordUrgentPayment', { ...paymentArgs(proposed.id, 300_000, 'CASH-0001'), method: ['PaymentMethod!', 'CASH'], reason: ['String!', 'Hospital bills due today.'] });
    expect(urgent).toMatchObject({ status: 'OPEN', paperworkPending: true, paidAmountFen: 300_000 });
    await propose(city.handler, proposed.id);
    await review(head, proposed.id);
    expect(await refusal(leader, 'refuseAssistance', { id: id(proposed.id), reason: ['String!', 'No grounds.'], decidedBy: ['DecisionMaker!', 'PROCURATOR_GENERAL'] })).toEqual({ code: 'BAD_USER_INPUT', field: 'id' });
    expect(await refusal(leader, 'approveAssistance', { id: id(proposed.id), approvedAmountFen: ['Int!', 200_000], decidedBy: ['DecisionMaker!', 'PROCURATOR_GENERAL'] })).toEqual({ code: 'BAD_USER_INPUT', field: 'approvedAmountFen' });
    expect(await approve(leader, proposed.id, 1_000_000)).toMatchObject({ status: 'APPROVED', paperworkPending: false, paidAmountFen: 300_000 });
    expect(await pay(city.handler, proposed.id, 700_000, 'BOC-REST')).toMatchObject({ status: 'PAID' });
  });
});

describe('joint assistance (联合救助) by a municipal and a county procuratorate', () => {
  let chain: ProcuratorateChain;

  beforeAll(async () => {
    chain = await seedProcuratorateChain();
  });

  it('shares one case: each approves and pays its own share, both see it, and the statistics count one person', async () => {
    const { city, county, siblingCounty } = chain.agencies;
    const countyLeadership = await leadershipOf(county);
    const cityLeadership = await leadershipOf(city);
    const petition = await chain.countyHandler.registerPetition({ category: 'JUDICIAL_ASSISTANCE' });
    const proposed = await proposedCaseOf(chain.countyHandler, petition.id);
    await propose(chain.countyHandler, proposed.id);
    await review(countyLeadership.leader, proposed.id);

    const invite = (jointAgencyId: string) => ({ id: id(proposed.id), jointAgencyId: ['ID!', jointAgencyId], reason: ['String!', 'Great hardship; a rural family fallen back into poverty.'] }) as Record<string, [string, unknown]>;
    expect(await refusal(countyLeadership.leader, 'inviteJointAssistance', invite(siblingCounty.id))).toEqual({ code: 'BAD_USER_INPUT', field: 'jointAgencyId' });
    expect(await step(countyLeadership.leader, 'inviteJointAssistance', invite(city.id))).toMatchObject({ status: 'REVIEWED', jointAgency: { id: city.id } });

    expect(await approve(countyLeadership.leader, proposed.id, 1_500_000)).toMatchObject({ status: 'APPROVED', approvedAmountFen: 1_500_000, jointShareFen: null });
    expect(await approve(cityLeadership.leader, proposed.id, 1_000_000)).toMatchObject({ status: 'APPROVED', approvedAmountFen: 1_500_000, jointShareFen: 1_000_000, totalApprovedFen: 2_500_000 });
    expect(await refusal(chain.cityHandler, 'recordPayment', paymentArgs(proposed.id, 1_000_001, 'CITY-OVER'))).toEqual({ code: 'BAD_USER_INPUT', field: 'amountFen' });
    expect(await pay(chain.countyHandler, proposed.id, 1_500_000, 'COUNTY-0001')).toMatchObject({ status: 'PARTLY_PAID' });
    const paid = await pay(chain.cityHandler, proposed.id, 1_000_000, 'CITY-0001');
    expect(paid).toMatchObject({ status: 'PAID', paidAmountFen: 2_500_000 });
    expect(paid.payments.map(({ paidBy, amountFen }) => [paidBy.id, amountFen])).toEqual([[county.id, 1_500_000], [city.id, 1_000_000]]);
    expect(paid.history.filter(({ action }) => action.includes('APPROVE') || action.includes('PAY')).map(({ action, actorAgency }) => [action, actorAgency.id])).toEqual([
      ['APPROVE', county.id], ['APPROVE_JOINT_SHARE', city.id], ['PAY', county.id], ['PAY_JOINT_SHARE', city.id],
    ]);

    // Both procuratorates read the case; a sibling county does not.
    expect((await caseAs(chain.countyHandler, proposed.id)).status).toBe('PAID');
    expect((await caseAs(chain.cityHandler, proposed.id)).status).toBe('PAID');
    const { errors } = await graphql(`query($id: ID!) { assistanceCase(id: $id) { id } }`, { id: proposed.id }, chain.siblingHandler.token);
    expect(errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    const STATISTICS = `query($agencyId: ID!, $from: DateTimeISO!, $to: DateTimeISO!) { assistanceStatistics(agencyId: $agencyId, from: $from, to: $to) {
      total { peopleAssisted amountPaidFen } byPriorityGroup { priorityGroup peopleAssisted amountPaidFen } byAgency { agency { id } peopleAssisted amountPaidFen } months { month amountPaidFen } } }`;
    const period = { from: new Date(Date.now() - 24 * 3600_000), to: new Date(Date.now() + 24 * 3600_000) };
    const { assistanceStatistics: ofCity } = await chain.cityHandler.query<{ assistanceStatistics: { total: unknown; byPriorityGroup: unknown[]; byAgency: { agency: { id: string }; amountPaidFen: number }[]; months: unknown[] } }>(
      STATISTICS, { agencyId: city.id, ...period },
    );
    expect(ofCity.total).toEqual({ peopleAssisted: 1, amountPaidFen: 2_500_000 });
    expect(ofCity.byPriorityGroup).toEqual([{ priorityGroup: 'WOMAN_IN_HARDSHIP', peopleAssisted: 1, amountPaidFen: 2_500_000 }]);
    expect(ofCity.byAgency.map(({ agency, amountPaidFen }) => [agency.id, amountPaidFen]).sort()).toEqual([[city.id, 1_000_000], [county.id, 1_500_000]].sort());
    const { assistanceStatistics: ofCounty } = await chain.countyHandler.query<{ assistanceStatistics: { total: unknown } }>(STATISTICS, { agencyId: county.id, ...period });
    expect(ofCounty.total).toEqual({ peopleAssisted: 1, amountPaidFen: 1_500_000 });
    const refused = await graphql(STATISTICS, { agencyId: city.id, ...period }, chain.countyHandler.token);
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('the demo city\'s judicial assistance', () => {
  it('shows people assisted and money paid, per priority group and per procuratorate, after the start command', async () => {
    const handler = await Actor.as({ userId: 'bengbu-procuratorate.li-ming', name: '李明', agencyId: 'bengbu-procuratorate', roles: [Role.HANDLER] });
    const to = new Date(Date.now() + 24 * 3600_000);
    const from = new Date(to.getTime() - 366 * 24 * 3600_000);
    type Stats = { total: { peopleAssisted: number; amountPaidFen: number }; byPriorityGroup: unknown[]; byAgency: unknown[]; months: unknown[]; cases: { opened: number; approved: number; joint: number } };
    const statistics = () => handler.query<{ assistanceStatistics: Stats }>(
      `query($from: DateTimeISO!, $to: DateTimeISO!) { assistanceStatistics(agencyId: "bengbu-procuratorate", from: $from, to: $to) {
        total { peopleAssisted amountPaidFen } byPriorityGroup { priorityGroup } byAgency { agency { id } } months { month } cases { opened approved joint } } }`,
      { from, to },
    );
    const { assistanceStatistics: stats } = await eventually(statistics, ({ assistanceStatistics }) => assistanceStatistics.total.peopleAssisted >= 10, 60_000);
    expect(stats.total.amountPaidFen).toBeGreaterThan(10 * 100_000);
    expect(stats.byPriorityGroup.length).toBeGreaterThanOrEqual(3);
    expect(stats.byAgency.length).toBeGreaterThanOrEqual(3);
    expect(stats.months.length).toBeGreaterThanOrEqual(6);
    expect(stats.cases.opened).toBeGreaterThan(stats.total.peopleAssisted);
    expect(stats.cases.joint).toBeGreaterThan(0);
  });
});

