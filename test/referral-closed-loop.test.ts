import { AgencyTopics, ReferralUpdateReported, Role, agencyTopic, residentIdCheckCharacter } from '@xinfang/kit';
import { AgencySystem } from './support/agency-system';
import { graphql } from './support/graphql-client';
import { TopicListener, eventually } from './support/kafka-listener';
import { knownToAssistance } from './support/known-petitions';
import { Actor, RECORDED_CONSENT, seedAgency, seedCity, stepMutation, takeStepAs } from './support/seed';
import type { City, SeededAgency } from './support/seed';

/** A valid resident ID number (GB 11643 check digit), as a partner that needs one receives it. */
const ID_NUMBER = `34030219780312452${residentIdCheckCharacter('34030219780312452')}`;
const ISSUE = `mutation($input: IssueReferralInput!) { issueReferral(input: $input) { id status } }`;

/** Refused: the code and the field named, as the caller sees them. */
async function refusal(actor: Actor, query: string, variables: Record<string, unknown>) {
  const { data, errors } = await graphql(query, variables, actor.token);
  return { data, code: errors?.[0]?.extensions?.code, field: errors?.[0]?.extensions?.field };
}

/**
 * Referrals (转介) as a closed loop: issued with the person's consent or a legal ground and
 * only what the partner needs, carried on the partner's own topic, answered by the partner's
 * staff or system, chased when unanswered, redirected when declined.
 */
describe('referrals to partner agencies', () => {
  let city: City;
  let provincialFederation: SeededAgency;
  let disabledFederation: SeededAgency;
  let disabledFederationStaff: Actor;

  beforeAll(async () => {
    city = await seedCity();
    provincialFederation = await seedAgency({ key: 'provincial-disabled-federation', name: '测试省残疾人联合会', englishName: 'Test Provincial Disabled Persons\' Federation', type: 'DISABLED_PERSONS_FEDERATION', level: 'PROVINCIAL' });
    disabledFederation = await seedAgency({ key: 'disabled-federation', name: '测试市残疾人联合会', englishName: 'Test City Disabled Persons\' Federation', type: 'DISABLED_PERSONS_FEDERATION', parentId: provincialFederation.id });
    disabledFederationStaff = await Actor.as({ userId: `partner-${disabledFederation.id}`, name: '残联干部', agencyId: disabledFederation.id, roles: [Role.PARTNER] });
    // Judicial assistance first works through the demo city's petitions, seeded as the platform
    // starts; what this test registers queues behind them on the same topic. Once it knows one
    // of ours, it has caught up.
    const first = await city.reception.registerPetition();
    await knownToAssistance([first.id], 180_000);
  }, 240_000);

  describe('data minimisation (数据最小化)', () => {
    let listener: TopicListener;

    beforeAll(async () => {
      listener = await TopicListener.start(agencyTopic(AgencyTopics.referrals, disabledFederation.id).name);
    });

    afterAll(async () => {
      await listener.stop();
    });

    it('tells the partner only what the consent covers, and refuses a referral without consent or ground, or with numbers it does not cover, publishing nothing', async () => {
      const petition = await city.reception.registerPetition();
      const assistanceCase = await city.handler.openAssistanceCase(petition.id, { applicantName: '吴秀英' });
      const base = { assistanceCaseId: assistanceCase.id, partnerAgencyId: disabledFederation.id, helpNeeded: 'DISABILITY_SUPPORT', summary: 'Lost the use of her legs in the assault; needs a wheelchair and a disability certificate.' };

      expect(await refusal(city.handler, ISSUE, { input: base })).toMatchObject({ data: null, code: 'BAD_USER_INPUT', field: 'consent' });
      const inSummary = { ...base, summary: `Her ID is ${ID_NUMBER}, call her on 138-1234-5678.`, consent: RECORDED_CONSENT };
      expect(await refusal(city.handler, ISSUE, { input: { ...inSummary, consent: { ...RECORDED_CONSENT, covers: ['NAME'] } } })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'summary' });
      expect(await refusal(city.handler, ISSUE, { input: inSummary })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'summary' }); // contact, but not the ID number
      expect(await refusal(city.handler, ISSUE, { input: { ...base, consent: RECORDED_CONSENT, idNumber: ID_NUMBER } })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'idNumber' });
      expect(await refusal(city.handler, ISSUE, { input: { ...base, consent: { ...RECORDED_CONSENT, givenBy: 'GUARDIAN' } } })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'consent.giverName' });

      const withId = { ...base, contactPhone: '13812345678', idNumber: ID_NUMBER, consent: { givenBy: 'GUARDIAN', giverName: '吴建华', givenAt: '2026-11-03T01:30:00.000Z', covers: ['NAME', 'CONTACT', 'ID_NUMBER', 'DISABILITY'], form: 'ORAL_RECORDED' } };
      const { issueReferral: first } = await city.handler.query<{ issueReferral: { id: string } }>(ISSUE, { input: withId });
      const onGround = { ...base, helpNeeded: 'VOCATIONAL_TRAINING', summary: 'Wants training she can do seated.', contactPhone: '139 0552 0000', legalGround: { ground: 'STATUTORY_DUTY', citation: '《残疾人保障法》第三十条' } };
      const { issueReferral: second } = await city.handler.query<{ issueReferral: { id: string } }>(ISSUE, { input: onGround });

      const told = await listener.next((message) => message.key === first.id);
      expect(told.event).toMatchObject({ type: 'ReferralIssued', data: { person: { name: '吴秀英', contactPhone: '13812345678', idNumber: ID_NUMBER }, sharedData: ['NAME', 'CONTACT', 'ID_NUMBER', 'DISABILITY'], dataSharingBasis: 'CONSENT' } });
      const toldOnGround = await listener.next((message) => message.key === second.id);
      expect(toldOnGround.event.data).toMatchObject({ person: { name: '吴秀英', contactPhone: '13905520000', idNumber: null }, sharedData: ['NAME', 'CONTACT'], dataSharingBasis: 'LEGAL_GROUND' });
      // One partition, in order: the refused ones would have come before these two.
      expect(listener.all((message) => message.event.data.assistanceCaseId === assistanceCase.id)).toHaveLength(2);

      const { assistanceCase: shown } = await city.handler.query<{ assistanceCase: { referrals: Record<string, unknown>[] } }>(
        `query($id: ID!) { assistanceCase(id: $id) { referrals { id dataSharingBasis sharedData personName contactPhone idNumber consent { givenBy giverName covers form } legalGround { ground citation } } } }`,
        { id: assistanceCase.id },
      );
      expect(shown.referrals).toEqual([
        { id: first.id, dataSharingBasis: 'CONSENT', sharedData: ['NAME', 'CONTACT', 'ID_NUMBER', 'DISABILITY'], personName: '吴秀英', contactPhone: '13812345678', idNumber: `${ID_NUMBER.slice(0, 4)}**********${ID_NUMBER.slice(-4)}`, consent: { givenBy: 'GUARDIAN', giverName: '吴建华', covers: ['NAME', 'CONTACT', 'ID_NUMBER', 'DISABILITY'], form: 'ORAL_RECORDED' }, legalGround: null },
        { id: second.id, dataSharingBasis: 'LEGAL_GROUND', sharedData: ['NAME', 'CONTACT'], personName: '吴秀英', contactPhone: '13905520000', idNumber: null, consent: null, legalGround: { ground: 'STATUTORY_DUTY', citation: '《残疾人保障法》第三十条' } },
      ]);
    });

    it('refuses an ID number in what the issuer writes to the partner later, when the consent does not cover it', async () => {
      const petition = await city.reception.registerPetition();
      const assistanceCase = await city.handler.openAssistanceCase(petition.id);
      const referral = await city.handler.issueReferral(assistanceCase.id, disabledFederation.id);
      const revoke = `mutation($id: ID!, $reason: String) { revokeReferral(id: $id, reason: $reason) { id status } }`;
      expect(await refusal(city.handler, revoke, { id: referral.id, reason: `Wrong person: ${ID_NUMBER}` })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
      expect((await city.handler.query<{ revokeReferral: { status: string } }>(revoke, { id: referral.id, reason: 'Issued twice by mistake.' })).revokeReferral.status).toBe('REVOKED');
    });
  });

  describe('an unacknowledged referral (催办)', () => {
    const DAY_MS = 24 * 3600_000;
    const REFERRAL = `query($id: ID!) { referral(id: $id) { id status version overdue overdueSince acknowledgeBy acknowledgementDaysLeft escalatedAt escalatedTo { id }
      history { action fromStatus toStatus actorAgency { id } note } } }`;
    type Shown = { status: string; version: number; overdue: boolean; acknowledgeBy: string; acknowledgementDaysLeft: number | null; escalatedTo: { id: string } | null; history: { action: string; note: string | null }[] };
    const shown = async (actor: Actor, id: string) => (await actor.query<{ referral: Shown }>(REFERRAL, { id })).referral;
    const overdueList = async (actor: Actor) =>
      (await actor.query<{ overdueReferrals: { edges: { node: { id: string } }[] } }>(`{ overdueReferrals(first: 100) { edges { node { id } } } }`)).overdueReferrals.edges.map(({ node }) => node.id);
    const chase = (mutation: 'escalateReferral' | 'reissueReferral', id: string, note?: string) =>
      refusal(city.handler, `mutation($id: ID!, $note: String) { ${mutation}(id: $id, note: $note) { id status } }`, { id, note });
    let partnerTopic: TopicListener;
    let superiorTopic: TopicListener;

    beforeAll(async () => {
      partnerTopic = await TopicListener.start(agencyTopic(AgencyTopics.referrals, disabledFederation.id).name);
      superiorTopic = await TopicListener.start(agencyTopic(AgencyTopics.referrals, provincialFederation.id).name);
    });

    afterAll(async () => {
      await Promise.all([partnerTopic.stop(), superiorTopic.stop()]);
    });

    it('is flagged overdue after 5 working days, listed for the issuer, escalated to the partner\'s superior and issued again with a new due date', async () => {
      const petition = await city.reception.registerPetition();
      const assistanceCase = await city.handler.openAssistanceCase(petition.id);
      // Handed over on paper two weeks ago and entered now: its clock runs from then.
      const referral = await city.handler.issueReferral(assistanceCase.id, disabledFederation.id, { issuedAt: new Date(Date.now() - 14 * DAY_MS).toISOString() });
      const onTime = await city.handler.issueReferral(assistanceCase.id, disabledFederation.id);
      const unchased = await shown(city.handler, onTime.id);
      expect(unchased).toMatchObject({ overdue: false, acknowledgementDaysLeft: expect.any(Number) });
      expect(new Date(unchased.acknowledgeBy).getTime()).toBeGreaterThan(Date.now() + 4 * DAY_MS);
      expect(await chase('escalateReferral', onTime.id)).toMatchObject({ code: 'ILLEGAL_TRANSITION' });
      expect(await chase('reissueReferral', onTime.id)).toMatchObject({ code: 'ILLEGAL_TRANSITION' });

      // The scheduler announces the missed clock; judicial assistance flags the referral.
      await eventually(() => overdueList(city.handler), (ids) => ids.includes(referral.id));
      expect(await overdueList(city.handler)).not.toContain(onTime.id);
      const overdue = await shown(city.handler, referral.id);
      expect(overdue).toMatchObject({ status: 'ISSUED', overdue: true });
      expect(overdue.acknowledgementDaysLeft).toBeLessThan(0);
      expect(await overdueList(city.outsider)).not.toContain(referral.id);

      expect(await chase('escalateReferral', referral.id, 'Two weeks without an answer.')).toMatchObject({ data: { escalateReferral: { status: 'ISSUED' } } });
      const escalated = await superiorTopic.next((message) => message.key === referral.id);
      expect(escalated.event).toMatchObject({ type: 'ReferralEscalated', data: { superiorAgencyId: provincialFederation.id, partnerAgencyId: disabledFederation.id, note: 'Two weeks without an answer.' } });
      expect(escalated.event.data).not.toHaveProperty('person');
      expect(escalated.event.data).not.toHaveProperty('summary');
      expect(await shown(city.handler, referral.id)).toMatchObject({ escalatedTo: { id: provincialFederation.id }, overdue: true });

      expect(await chase('reissueReferral', referral.id)).toMatchObject({ data: { reissueReferral: { status: 'ISSUED' } } });
      const again = await partnerTopic.next((message) => message.key === referral.id && message.event.data.reissue === true);
      const reissued = await shown(city.handler, referral.id);
      expect(again.event).toMatchObject({ type: 'ReferralIssued', data: { acknowledgeBy: reissued.acknowledgeBy, person: { name: '李秀兰' } } });
      expect(reissued).toMatchObject({ status: 'ISSUED', overdue: false });
      expect(new Date(reissued.acknowledgeBy).getTime()).toBeGreaterThan(Date.now() + 4 * DAY_MS);
      expect(await overdueList(city.handler)).not.toContain(referral.id);
      expect(reissued.history.map(({ action }) => action)).toEqual(['ISSUE', 'ESCALATE', 'REISSUE']);

      // Issued again, it is answered like any other.
      expect((await takeStepAs(disabledFederationStaff, 'acknowledgeReferral', { id: referral.id })).status).toBe('ACKNOWLEDGED');
    });

    it('cannot be escalated when the partner agency has no superior in the directory', async () => {
      const petition = await city.reception.registerPetition();
      const assistanceCase = await city.handler.openAssistanceCase(petition.id);
      const referral = await city.handler.issueReferral(assistanceCase.id, city.agencies.womensFederation.id, { issuedAt: new Date(Date.now() - 14 * DAY_MS).toISOString() });
      await eventually(() => overdueList(city.handler), (ids) => ids.includes(referral.id));
      const before = await shown(city.handler, referral.id);
      expect(await chase('escalateReferral', referral.id)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
      expect(await shown(city.handler, referral.id)).toMatchObject({ version: before.version, escalatedTo: null });
    });
  });

  describe('a declined referral, redirected (改转)', () => {
    const REFERRAL = `query($id: ID!) { referral(id: $id) { id status version partner { id } redirectedFrom { id } redirectedTo { id } chain { id status partner { id } }
      history { action toStatus actorAgency { id } note } } }`;
    type Shown = { id: string; status: string; version: number; partner: { id: string }; redirectedFrom: { id: string } | null; redirectedTo: { id: string } | null;
      chain: { id: string; status: string; partner: { id: string } }[]; history: { action: string; toStatus: string; actorAgency: { id: string }; note: string | null }[] };
    const shown = async (actor: Actor, id: string) => (await actor.query<{ referral: Shown }>(REFERRAL, { id })).referral;
    const REDIRECT = `mutation($id: ID!, $input: RedirectReferralInput!) { redirectReferral(id: $id, input: $input) { id status partner { id } } }`;

    it('goes on to another partner as a new referral in the same chain, with consent asked again, and both histories say so', async () => {
      const petition = await city.reception.registerPetition();
      const assistanceCase = await city.handler.openAssistanceCase(petition.id);
      const referral = await city.handler.issueReferral(assistanceCase.id, city.agencies.womensFederation.id, { helpNeeded: 'MINIMUM_LIVING_ALLOWANCE' });
      expect(await refusal(city.handler, REDIRECT, { id: referral.id, input: { partnerAgencyId: city.agencies.civilAffairs.id, consent: RECORDED_CONSENT } })).toMatchObject({ code: 'ILLEGAL_TRANSITION' });
      await takeStepAs(city.womensFederationStaff, 'declineReferral', { id: referral.id, reason: 'A minimum living allowance is for civil affairs to grant.' });
      const declined = await shown(city.handler, referral.id);

      const toCivilAffairs = { partnerAgencyId: city.agencies.civilAffairs.id, consent: { ...RECORDED_CONSENT, givenAt: new Date().toISOString() }, note: 'Civil affairs grants the allowance.' };
      expect(await refusal(city.handler, REDIRECT, { id: referral.id, input: { partnerAgencyId: city.agencies.civilAffairs.id } })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'consent' });
      expect(await refusal(city.handler, REDIRECT, { id: referral.id, input: { ...toCivilAffairs, partnerAgencyId: city.agencies.womensFederation.id } })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'partnerAgencyId' });
      expect(await refusal(city.outsider, REDIRECT, { id: referral.id, input: toCivilAffairs })).toMatchObject({ code: 'FORBIDDEN' });
      expect(await refusal(city.handler, REDIRECT, { id: referral.id, input: { ...toCivilAffairs, note: `Her ID is ${ID_NUMBER}.` } })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'note' });
      expect(await shown(city.handler, referral.id)).toMatchObject({ status: 'DECLINED', version: declined.version, redirectedTo: null });

      const { redirectReferral: next } = await city.handler.query<{ redirectReferral: { id: string; status: string; partner: { id: string } } }>(REDIRECT, { id: referral.id, input: toCivilAffairs });
      expect(next).toMatchObject({ status: 'ISSUED', partner: { id: city.agencies.civilAffairs.id } });
      const previous = await shown(city.handler, referral.id);
      expect(previous).toMatchObject({ status: 'REDIRECTED', redirectedTo: { id: next.id }, redirectedFrom: null });
      expect(previous.history.map(({ action, toStatus }) => [action, toStatus])).toEqual([['ISSUE', 'ISSUED'], ['DECLINE', 'DECLINED'], ['REDIRECT', 'REDIRECTED']]);
      const redirected = await shown(city.handler, next.id);
      expect(redirected).toMatchObject({ redirectedFrom: { id: referral.id }, redirectedTo: null });
      expect(redirected.chain.map(({ id, status, partner }) => [id, status, partner.id])).toEqual([
        [referral.id, 'REDIRECTED', city.agencies.womensFederation.id],
        [next.id, 'ISSUED', city.agencies.civilAffairs.id],
      ]);
      expect(redirected.history).toEqual([{ action: 'ISSUE', toStatus: 'ISSUED', actorAgency: { id: city.agencies.procuratorate.id }, note: 'Civil affairs grants the allowance.' }]);

      // Civil affairs sees its own link of the chain, not what the women's federation was told.
      const asCivilAffairs = await shown(city.civilAffairsStaff, next.id);
      expect(asCivilAffairs).toMatchObject({ redirectedFrom: null });
      expect(asCivilAffairs.chain.map(({ id }) => id)).toEqual([next.id]);
      expect((await graphql(REFERRAL, { id: referral.id }, city.civilAffairsStaff.token)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    });
  });

  describe('the partner\'s inbox', () => {
    const INBOX = `query($status: ReferralStatus, $first: Int, $after: String) { referralsInbox(status: $status, first: $first, after: $after) {
      edges { cursor node { id status helpNeeded summary urgent personName contactPhone acknowledgeBy acknowledgementDaysLeft partner { id } } } pageInfo { hasNextPage endCursor } } }`;
    type Item = { id: string; status: string; helpNeeded: string; summary: string; urgent: boolean; personName: string | null; contactPhone: string | null; acknowledgeBy: string; acknowledgementDaysLeft: number; partner: { id: string } };
    type Page = { edges: { cursor: string; node: Item }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };

    async function wholeInbox(actor: Actor, status?: string): Promise<Item[]> {
      const items: Item[] = [];
      for (let after: string | null = null, more = true; more;) {
        const { referralsInbox: page }: { referralsInbox: Page } = await actor.query<{ referralsInbox: Page }>(INBOX, { status, first: 2, after });
        items.push(...page.edges.map(({ node }) => node));
        ({ hasNextPage: more, endCursor: after } = page.pageInfo);
      }
      return items;
    }

    it('shows a partner\'s staff their agency\'s referrals, page by page, with what they need to act and the time left, and never another agency\'s', async () => {
      const petition = await city.reception.registerPetition();
      const assistanceCase = await city.handler.openAssistanceCase(petition.id, { applicantName: '周丽娟' });
      const urgent = await city.handler.issueReferral(assistanceCase.id, disabledFederation.id, { helpNeeded: 'MEDICAL_ASSISTANCE', summary: 'Needs rehabilitation after surgery; discharged next week.', urgent: true, contactPhone: '13955201234' });
      const onGround = await city.handler.issueReferral(assistanceCase.id, disabledFederation.id, { helpNeeded: 'VOCATIONAL_TRAINING', consent: null, legalGround: { ground: 'STATUTORY_DUTY', citation: '《残疾人保障法》第三十条' } });
      const nameOnly = await city.handler.issueReferral(assistanceCase.id, disabledFederation.id, { helpNeeded: 'DISABILITY_SUPPORT', consent: { ...RECORDED_CONSENT, covers: ['NAME'] } });
      const elsewhere = await city.handler.issueReferral(assistanceCase.id, city.agencies.womensFederation.id);

      const inbox = await wholeInbox(disabledFederationStaff, 'ISSUED');
      expect(inbox.every(({ partner, status }) => partner.id === disabledFederation.id && status === 'ISSUED')).toBe(true);
      expect(inbox.map(({ id }) => id)).not.toContain(elsewhere.id);
      const ours = inbox.filter(({ id }) => [urgent.id, onGround.id, nameOnly.id].includes(id));
      // Newest first.
      expect(ours.map(({ id }) => id)).toEqual([nameOnly.id, onGround.id, urgent.id]);
      expect(ours[2]).toMatchObject({ helpNeeded: 'MEDICAL_ASSISTANCE', urgent: true, personName: '周丽娟', contactPhone: '13955201234', acknowledgementDaysLeft: expect.any(Number) });
      expect(new Date(ours[2]!.acknowledgeBy).getTime()).toBeGreaterThan(Date.now());
      expect(ours[0]).toMatchObject({ personName: '周丽娟', contactPhone: null });
      expect(new Set(inbox.map(({ id }) => id)).size).toBe(inbox.length); // no item on two pages

      expect((await wholeInbox(city.handler)).map(({ id }) => id)).not.toContain(urgent.id);
      expect((await wholeInbox(city.womensFederationStaff)).map(({ id }) => id)).toContain(elsewhere.id);
      expect((await wholeInbox(disabledFederationStaff, 'ACKNOWLEDGED')).map(({ id }) => id)).not.toContain(urgent.id);
    });
  });

  describe('the closed loop, end to end', () => {
    /** A mutation as this actor, its arguments with their GraphQL types. */
    async function run<T = { id: string; status: string; version: number }>(actor: Actor, mutation: string, args: Record<string, [string, unknown]>, fields = 'id status version'): Promise<T> {
      const declared = Object.entries(args).map(([name, [type]]) => `$${name}: ${type}`).join(', ');
      const passed = Object.keys(args).map((name) => `${name}: $${name}`).join(', ');
      const variables = Object.fromEntries(Object.entries(args).map(([name, [, value]]) => [name, value]));
      return (await actor.query<Record<string, T>>(`mutation(${declared}) { ${mutation}(${passed}) { ${fields} } }`, variables))[mutation]!;
    }
    const VIEW = `query($id: ID!) { petition(id: $id) { id
      assistanceCases { id status origin priorityGroup paidAmountFen payments { amountFen receiptReference } }
      referrals { id status statusNote helpNeeded partner { id name } issuer { id } history { action toStatus via actorAgency { id } note } } } }`;
    type View = { assistanceCases: { id: string; status: string; origin: string; priorityGroup: string; paidAmountFen: number; payments: { amountFen: number; receiptReference: string }[] }[];
      referrals: { id: string; status: string; statusNote: string | null; partner: { id: string; name: string }; history: { action: string; toStatus: string; via: string; actorAgency: { id: string }; note: string | null }[] }[] };
    const view = async (id: string) => (await city.handler.query<{ petition: View }>(VIEW, { id })).petition;

    it('helps a disabled petitioner: a case proposed by itself, approved and paid twice, a referral the federation acknowledges by event and completes by mutation, all on the petition', async () => {
      const head = await Actor.as({ userId: `head-${city.agencies.procuratorate.id}`, name: '部门负责人', agencyId: city.agencies.procuratorate.id, roles: [Role.DEPARTMENT_HEAD] });
      const leader = await Actor.as({ userId: `leader-${city.agencies.procuratorate.id}`, name: '检察长', agencyId: city.agencies.procuratorate.id, roles: [Role.LEADER] });
      const federationTopic = await TopicListener.start(agencyTopic(AgencyTopics.referrals, disabledFederation.id).name);
      const womensTopic = await TopicListener.start(agencyTopic(AgencyTopics.referrals, city.agencies.womensFederation.id).name);
      const refusedUpdates = await TopicListener.start(`${agencyTopic(AgencyTopics.referralUpdates, disabledFederation.id).name}.dlq`);
      const federationSystem = await AgencySystem.connect(disabledFederation.id);
      try {
        const petition = await city.reception.registerPetition({ category: 'REQUEST', petitionerName: null, petitioners: [{ name: '吴秀英', vulnerabilities: ['DISABLED'] }] });
        const { assistanceCases: [proposed] } = await eventually(() => view(petition.id), ({ assistanceCases }) => assistanceCases.length > 0);
        expect(proposed).toMatchObject({ status: 'OPEN', origin: 'VULNERABILITY', priorityGroup: 'DISABLED' });
        const caseId: [string, unknown] = ['ID!', proposed!.id];
        const application = { applicantName: '吴秀英', applicantRelation: 'PETITIONER', grounds: 'VICTIM_WITHOUT_COMPENSATION', priorityGroup: 'DISABLED', hardship: 'Lost the use of her legs in the assault; the offender has no assets.', requestedAmountFen: 2_000_000 };
        await run(city.handler, 'proposeAssistance', { id: caseId, opinion: ['String!', 'Meets the grounds.'], application: ['AssistanceApplicationInput', application] });
        await run(head, 'reviewAssistance', { id: caseId, opinion: ['String!', 'Verified with the hospital.'] });
        await run(leader, 'approveAssistance', { id: caseId, approvedAmountFen: ['Int!', 1_500_000], decidedBy: ['DecisionMaker!', 'PROCURATOR_GENERAL'] });
        for (const [amountFen, receipt] of [[1_000_000, 'BOC-DIS-1'], [500_000, 'BOC-DIS-2']] as const) {
          await run(city.handler, 'recordPayment', { id: caseId, amountFen: ['Int!', amountFen], method: ['PaymentMethod!', 'BANK_TRANSFER'], receiptReference: ['String!', receipt] });
        }

        const referral = await city.handler.issueReferral(proposed!.id, disabledFederation.id, {
          helpNeeded: 'DISABILITY_SUPPORT', summary: 'Needs a disability certificate assessment and a wheelchair.', contactPhone: '13855209876',
          consent: { ...RECORDED_CONSENT, covers: ['NAME', 'CONTACT', 'DISABILITY'] },
        });
        const told = await federationTopic.next((message) => message.key === referral.id);
        expect(told.event.data).toMatchObject({ helpNeeded: 'DISABILITY_SUPPORT', person: { name: '吴秀英', contactPhone: '13855209876', idNumber: null } });
        // Only the federation's own topic carries it: the women's federation's sees its own referral, never this one.
        const control = await city.handler.issueReferral(proposed!.id, city.agencies.womensFederation.id);
        await womensTopic.next((message) => message.key === control.id);
        expect(womensTopic.all((message) => message.key === referral.id)).toEqual([]);

        // Acknowledged by the federation's own system, through Kafka.
        const acknowledged = federationSystem.event(ReferralUpdateReported, referral.id, { referralId: referral.id, action: 'ACKNOWLEDGE', note: null, reportedBy: 'guo-feng', reportedByName: '郭峰' });
        await federationSystem.send(AgencyTopics.referralUpdates, acknowledged);
        await eventually(() => view(petition.id), ({ referrals }) => referrals.find(({ id }) => id === referral.id)?.status === 'ACKNOWLEDGED');

        // Another agency cannot answer it, nor learn that it exists; nothing changes.
        const before = (await city.handler.query<{ referral: { version: number } }>(`query($id: ID!) { referral(id: $id) { version } }`, { id: referral.id })).referral;
        expect(await refusal(city.womensFederationStaff, stepMutation('acceptReferral', { id: referral.id }), { id: referral.id })).toMatchObject({ code: 'NOT_FOUND' });

        expect((await takeStepAs(disabledFederationStaff, 'acceptReferral', { id: referral.id })).version).toBe(before.version + 1);
        await takeStepAs(disabledFederationStaff, 'completeReferral', { id: referral.id, outcome: 'Disability certificate (grade 2) issued; wheelchair granted.' });

        // An answer out of order is dead-lettered with why, and changes nothing.
        const late = federationSystem.event(ReferralUpdateReported, referral.id, { referralId: referral.id, action: 'START', note: null, reportedBy: 'guo-feng' });
        await federationSystem.send(AgencyTopics.referralUpdates, late);
        const parked = await refusedUpdates.next((message) => message.headers['event-id'] === late.id);
        expect(parked.headers['dlq-reason']).toContain('Cannot start: the referral is COMPLETED');

        const shown = await view(petition.id);
        expect(shown.assistanceCases).toEqual([{ id: proposed!.id, status: 'PAID', origin: 'VULNERABILITY', priorityGroup: 'DISABLED', paidAmountFen: 1_500_000,
          payments: [{ amountFen: 1_000_000, receiptReference: 'BOC-DIS-1' }, { amountFen: 500_000, receiptReference: 'BOC-DIS-2' }] }]);
        const federated = shown.referrals.find(({ id }) => id === referral.id)!;
        expect(federated).toMatchObject({ status: 'COMPLETED', statusNote: 'Disability certificate (grade 2) issued; wheelchair granted.', partner: { id: disabledFederation.id, name: disabledFederation.name }, issuer: { id: city.handler.identity.userId } });
        expect(federated.history.map(({ action, toStatus, via, actorAgency }) => [action, toStatus, via, actorAgency.id])).toEqual([
          ['ISSUE', 'ISSUED', 'API', city.agencies.procuratorate.id],
          ['ACKNOWLEDGE', 'ACKNOWLEDGED', 'KAFKA', disabledFederation.id],
          ['ACCEPT', 'ACCEPTED', 'API', disabledFederation.id],
          ['COMPLETE', 'COMPLETED', 'API', disabledFederation.id],
        ]);
      } finally {
        await Promise.all([federationTopic.stop(), womensTopic.stop(), refusedUpdates.stop(), federationSystem.disconnect()]);
      }
    });
  });
});

describe('the demo city\'s referrals', () => {
  const DEMO_PARTNERS = ['bengbu-civil-affairs.liu-yang', 'bengbu-womens-federation.chen-jing', 'bengbu-disabled-federation.guo-feng'];
  const DEMO_PROCURATORATES = ['bengbu-procuratorate', 'huaiyuan-procuratorate', 'wuhe-procuratorate', 'guzhen-procuratorate'];
  const ids = (page: { edges: { node: { id: string; status?: string } }[] }) => page.edges.map(({ node }) => node);

  it('fill the partners\' inboxes after the start command: answered, completed, redirected, and overdue ones for the procuratorates', async () => {
    const partners = await Promise.all(DEMO_PARTNERS.map((userId) => Actor.as({ userId, name: userId, agencyId: userId.split('.')[0]!, roles: [Role.PARTNER] })));
    const inboxes = async () => Promise.all(partners.map(async (partner) =>
      ids((await partner.query<{ referralsInbox: { edges: { node: { id: string; status: string } }[] } }>(`{ referralsInbox(first: 100) { edges { node { id status } } } }`)).referralsInbox)));
    const all = await eventually(inboxes, (lists) => lists.every((list) => list.length > 0) && lists.flat().some(({ status }) => status === 'REDIRECTED'), 120_000);
    const statuses = new Set(all.flat().map(({ status }) => status));
    expect(statuses).toContain('COMPLETED');
    expect(statuses).toContain('REDIRECTED');

    const handlers = await Promise.all(DEMO_PROCURATORATES.map((agencyId) => Actor.as({ userId: `${agencyId}.demo-reader`, name: '承办检察官', agencyId, roles: [Role.HANDLER] })));
    const overdue = async () => (await Promise.all(handlers.map(async (handler) =>
      ids((await handler.query<{ overdueReferrals: { edges: { node: { id: string } }[] } }>(`{ overdueReferrals(first: 100) { edges { node { id } } } }`)).overdueReferrals)))).flat();
    expect((await eventually(overdue, (list) => list.length > 0, 60_000)).length).toBeGreaterThan(0);
  }, 240_000);
});
