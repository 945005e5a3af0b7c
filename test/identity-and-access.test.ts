import { randomUUID } from 'node:crypto';
import { generateDevKeyPair, signIdentityToken } from '@xinfang/kit';
import { errorCodes, expectData, graphql } from './support/graphql-client';
import { RECORDED_CONSENT, seedCity } from './support/seed';
import type { City } from './support/seed';
import { testEnv } from './support/test-env';

const PETITION_QUERY = `query($id: ID!) { petition(id: $id) { id trackingNumber } }`;

/** Who may do what is decided by the subgraph that owns the data, behind a verified token. */
describe('identity and access', () => {
  let city: City;
  let petition: { id: string; trackingNumber: string; accessCode: string };

  beforeAll(async () => {
    city = await seedCity();
    petition = await city.reception.registerPetition();
  });

  describe('at the gateway', () => {
    it('answers public questions without a token: the directory, and a petitioner\'s own progress', async () => {
      const { agency } = await expectData<{ agency: { name: string } }>(`query($id: ID!) { agency(id: $id) { name } }`, { id: city.agencies.womensFederation.id });
      expect(agency.name).toBe(city.agencies.womensFederation.name);

      const { petitionByTrackingNumber } = await expectData<{ petitionByTrackingNumber: { status: string } }>(
        `query($t: String!, $c: String!) { petitionByTrackingNumber(trackingNumber: $t, accessCode: $c) { status receivedAt proceduralReplyDueAt } }`,
        { t: petition.trackingNumber, c: petition.accessCode },
      );
      expect(petitionByTrackingNumber.status).toBe('REGISTERED');
    });

    it('does not confirm a petition exists to someone with the wrong access code', async () => {
      const codes = await errorCodes(
        `query($t: String!, $c: String!) { petitionByTrackingNumber(trackingNumber: $t, accessCode: $c) { status } }`,
        { t: petition.trackingNumber, c: '00000000' },
      );
      expect(codes).toEqual(['NOT_FOUND']);
    });

    it('requires a token for everything else', async () => {
      expect(await errorCodes(PETITION_QUERY, { id: petition.id })).toEqual(['UNAUTHENTICATED']);
    });

    it('rejects a token it cannot verify with 401', async () => {
      const forged = await signIdentityToken(city.handler.identity, { ...(await generateDevKeyPair()), issuer: testEnv.jwtIssuer, audience: testEnv.jwtAudience });
      for (const token of ['not-a-jwt', forged]) {
        const result = await graphql(PETITION_QUERY, { id: petition.id }, token);
        expect(result.status).toBe(401);
        expect(result.errors?.map((error) => error.extensions?.code)).toEqual(['UNAUTHENTICATED']);
      }
    });
  });

  describe('in the subgraphs, which trust only what they verify themselves', () => {
    it('rejects a call that bypasses the gateway without a token, including entity resolution', async () => {
      expect(await errorCodes(PETITION_QUERY, { id: petition.id }, undefined, testEnv.subgraphUrls.petitions)).toEqual(['UNAUTHENTICATED']);
      const entities = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Petition { assistanceCases { id hardship } } } }`;
      expect(await errorCodes(entities, { r: [{ __typename: 'Petition', id: petition.id }] }, undefined, testEnv.subgraphUrls.assistance)).toEqual(['UNAUTHENTICATED']);
    });

    it('lets staff of another procuratorate read nothing of this one\'s petitions, not even that one exists', async () => {
      // The same answer as for an id no one ever used: the code, the message's shape, no agency named.
      const unknownId = randomUUID();
      const refused = await graphql(PETITION_QUERY, { id: petition.id }, city.outsider.token);
      const unknown = await graphql(PETITION_QUERY, { id: unknownId }, city.outsider.token);
      expect(refused.errors?.map((error) => [error.extensions?.code, error.message.replace(petition.id, '<id>')]))
        .toEqual(unknown.errors?.map((error) => [error.extensions?.code, error.message.replace(unknownId, '<id>')]));
      expect(refused.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      expect(await errorCodes(`query($a: ID!) { petitions(filter: { receivingAgencyId: $a }) { edges { node { id } } } }`, { a: city.agencies.procuratorate.id }, city.outsider.token)).toEqual(['FORBIDDEN']);
    });

    it('keeps each role to its own work', async () => {
      const assistanceCase = await city.handler.openAssistanceCase(petition.id);
      const issue = `mutation($input: IssueReferralInput!) { issueReferral(input: $input) { id } }`;
      const input = { assistanceCaseId: assistanceCase.id, partnerAgencyId: city.agencies.civilAffairs.id, helpNeeded: 'SOCIAL_ASSISTANCE', summary: 'Needs minimum living allowance.', consent: RECORDED_CONSENT };
      expect(await errorCodes(issue, { input }, city.reception.token)).toEqual(['FORBIDDEN']);

      const referral = await city.handler.issueReferral(assistanceCase.id, city.agencies.civilAffairs.id);
      const acknowledge = `mutation($id: ID!) { acknowledgeReferral(id: $id) { status } }`;
      // Not addressed to the federation: to it the referral does not exist.
      expect(await errorCodes(acknowledge, { id: referral.id }, city.womensFederationStaff.token)).toEqual(['NOT_FOUND']);
      await city.civilAffairsStaff.acknowledgeReferral(referral.id);
      expect(await errorCodes(acknowledge, { id: referral.id }, city.civilAffairsStaff.token)).toEqual(['ILLEGAL_TRANSITION']);
    });

    it('shows a partner agency the referrals addressed to it, and only those', async () => {
      const assistanceCase = await city.handler.openAssistanceCase(petition.id);
      const referral = await city.handler.issueReferral(assistanceCase.id, city.agencies.womensFederation.id);
      const inbox = `{ referralsInbox(status: ISSUED, first: 50) { edges { node { id partner { id } } } } }`;
      const { referralsInbox } = await city.womensFederationStaff.query<{ referralsInbox: { edges: { node: { id: string; partner: { id: string } } }[] } }>(inbox);
      expect(referralsInbox.edges.map((edge) => edge.node.id)).toContain(referral.id);
      expect(referralsInbox.edges.every((edge) => edge.node.partner.id === city.agencies.womensFederation.id)).toBe(true);
      expect(await errorCodes(PETITION_QUERY, { id: petition.id }, city.womensFederationStaff.token)).toEqual(['NOT_FOUND']);
    });
  });

  describe('bad input', () => {
    it('is refused with BAD_USER_INPUT and saves nothing', async () => {
      const register = `mutation($input: RegisterPetitionInput!) { registerPetition(input: $input) { petition { id } } }`;
      const before = await city.reception.query<{ petitions: { edges: unknown[] } }>(`{ petitions(first: 100) { edges { cursor } } }`);
      const codes = await errorCodes(register, { input: { channel: 'LETTER', category: 'APPEAL', petitionerName: '', summary: 'hi', request: 'Review.' } }, city.reception.token);
      expect(codes).toEqual(['BAD_USER_INPUT']);
      const after = await city.reception.query<{ petitions: { edges: unknown[] } }>(`{ petitions(first: 100) { edges { cursor } } }`);
      expect(after.petitions.edges).toHaveLength(before.petitions.edges.length);
    });

    it('names a cursor that did not come from the list', async () => {
      expect(await errorCodes(`{ petitions(after: "garbage") { edges { cursor } } }`, {}, city.reception.token)).toEqual(['BAD_USER_INPUT']);
    });
  });

  it('gives administrators the directory to extend, and no one else', async () => {
    const register = `mutation($input: RegisterAgencyInput!) { registerAgency(input: $input) { id } }`;
    const input = { name: '某县司法局', englishName: 'A County Justice Bureau', type: 'JUSTICE_BUREAU', level: 'COUNTY', regionCode: '340321', regionName: '怀远县' };
    expect(await errorCodes(register, { input }, city.handler.token)).toEqual(['FORBIDDEN']);
    expect(await errorCodes(register, { input: { ...input, id: city.agencies.court.id } }, city.admin.token)).toEqual(['CONFLICT']);
  });
});
