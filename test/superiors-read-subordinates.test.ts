import { errorCodes } from './support/graphql-client';
import { eventually } from './support/kafka-listener';
import { RECORDED_CONSENT, seedProcuratorateChain } from './support/seed';
import type { ProcuratorateChain } from './support/seed';

const PETITION = `query($id: ID!) { petition(id: $id) { id receivingAgency { id } } }`;
const PETITIONS_OF = `query($agency: ID!) { petitions(filter: { receivingAgencyId: $agency }, first: 50) { edges { node { id } } } }`;

interface PetitionList {
  petitions: { edges: { node: { id: string } }[] };
}

/**
 * A procuratorate's work is read by its own staff, by every procuratorate above it (市院 over
 * 县院, 省院 over both) and by the commission, whichever subgraph holds it; never by a
 * sibling county, a partner agency, or an agency below it.
 */
describe('superior procuratorates reading the work of those below them', () => {
  let chain: ProcuratorateChain;
  let countyPetition: { id: string };
  let cityPetition: { id: string };

  beforeAll(async () => {
    chain = await seedProcuratorateChain();
    countyPetition = await chain.countyHandler.registerPetition();
    cityPetition = await chain.cityHandler.registerPetition({ petitionerName: '王建国' });
  });

  it('lets the municipal and provincial procuratorates and the commission read a county\'s petition', async () => {
    for (const reader of [chain.countyHandler, chain.cityHandler, chain.provinceHandler, chain.commissionStaff]) {
      const { petition } = await reader.query<{ petition: unknown }>(PETITION, { id: countyPetition.id });
      expect(petition).toEqual({ id: countyPetition.id, receivingAgency: { id: chain.agencies.county.id } });
    }
  });

  it('keeps a county\'s petition from a sibling county and from a partner agency', async () => {
    for (const reader of [chain.siblingHandler, chain.womensFederationStaff]) {
      expect(await errorCodes(PETITION, { id: countyPetition.id }, reader.token)).toEqual(['NOT_FOUND']);
    }
  });

  it('keeps a municipal petition from the counties below it', async () => {
    expect(await errorCodes(PETITION, { id: cityPetition.id }, chain.countyHandler.token)).toEqual(['NOT_FOUND']);
    const { petition } = await chain.provinceHandler.query<{ petition: { id: string } }>(PETITION, { id: cityPetition.id });
    expect(petition.id).toBe(cityPetition.id);
  });

  it('lets a superior list a county\'s petitions, and no county list its superior\'s or its sibling\'s', async () => {
    for (const reader of [chain.cityHandler, chain.provinceHandler]) {
      const { petitions } = await reader.query<PetitionList>(PETITIONS_OF, { agency: chain.agencies.county.id });
      expect(petitions.edges.map((edge) => edge.node.id)).toEqual([countyPetition.id]);
    }
    expect(await errorCodes(PETITIONS_OF, { agency: chain.agencies.city.id }, chain.countyHandler.token)).toEqual(['FORBIDDEN']);
    expect(await errorCodes(PETITIONS_OF, { agency: chain.agencies.county.id }, chain.siblingHandler.token)).toEqual(['FORBIDDEN']);
  });

  it('applies the same rule to the county\'s assistance cases, referrals and assignments in the other subgraphs', async () => {
    const assistanceCase = await chain.countyHandler.openAssistanceCase(countyPetition.id);
    const referral = await chain.countyHandler.issueReferral(assistanceCase.id, chain.agencies.womensFederation.id);
    const { createAssignment: assignment } = await chain.commissionStaff.query<{ createAssignment: { id: string } }>(
      `mutation($input: CreateAssignmentInput!) { createAssignment(input: $input) { id } }`,
      { input: { petitionId: countyPetition.id, lead: { agencyId: chain.agencies.womensFederation.id, task: 'Visit the family with the county procuratorate', workingDays: 15 } } },
    );

    const CASE = `query($id: ID!) { assistanceCase(id: $id) { id handlingAgency { id } } }`;
    const { assistanceCase: read } = await chain.cityHandler.query<{ assistanceCase: unknown }>(CASE, { id: assistanceCase.id });
    expect(read).toEqual({ id: assistanceCase.id, handlingAgency: { id: chain.agencies.county.id } });
    expect(await errorCodes(CASE, { id: assistanceCase.id }, chain.siblingHandler.token)).toEqual(['NOT_FOUND']);

    // The joint-visits subgraph learns who received the petition from petitions.events.v1.
    const seen = await eventually(
      async () => (await chain.cityHandler.query<{ petition: { assistanceCases: { id: string }[]; referrals: { id: string }[]; jointVisitAssignments: { id: string }[] } }>(
        `query($id: ID!) { petition(id: $id) { assistanceCases { id } referrals { id } jointVisitAssignments { id } } }`,
        { id: countyPetition.id },
      )).petition,
      (petition) => petition.jointVisitAssignments.length > 0,
    );
    expect(seen).toEqual({ assistanceCases: [{ id: assistanceCase.id }], referrals: [{ id: referral.id }], jointVisitAssignments: [{ id: assignment.id }] });
  });

  it('leaves referring a case to the procuratorate handling it, however far a superior may read', async () => {
    const assistanceCase = await chain.countyHandler.openAssistanceCase(countyPetition.id);
    const refer = `mutation($input: IssueReferralInput!) { issueReferral(input: $input) { id } }`;
    const input = { assistanceCaseId: assistanceCase.id, partnerAgencyId: chain.agencies.womensFederation.id, helpNeeded: 'PSYCHOLOGICAL_COUNSELLING', summary: 'Needs counselling.', consent: RECORDED_CONSENT };
    expect(await errorCodes(refer, { input }, chain.cityHandler.token)).toEqual(['FORBIDDEN']);
  });
});
