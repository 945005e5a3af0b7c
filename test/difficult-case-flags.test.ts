import { Role } from '@xinfang/kit';
import { errorCodes } from './support/graphql-client';
import { madeUpIdNumber, madeUpMobile, petitionsRows } from './support/personal-data';
import { Actor, seedProcuratorateChain } from './support/seed';
import type { ProcuratorateChain } from './support/seed';

const DAY = 24 * 3600_000;

const FLAGS = `query($id: ID!) { petition(id: $id) { id repeat repeatCount group leapfrog headCount jurisdictionAgency { id } earlierPetitions { id } } }`;
const LIST = `query($filter: PetitionsFilter) { petitions(filter: $filter, first: 100) { edges { node { id } } } }`;
const HISTORY = `query($person: PersonLookupInput!, $purpose: String!) { personPetitionHistory(person: $person, purpose: $purpose) { total petitions { id } } }`;

interface Flags { id: string; repeat: boolean; repeatCount: number; group: boolean; leapfrog: boolean; headCount: number; jurisdictionAgency: { id: string } | null; earlierPetitions: { id: string }[] }

/**
 * The difficult cases a 12309 centre must see at a glance (重复访, 集体访, 越级访): flagged
 * when registered, from the keyed hash, the head count and the directory's hierarchy, and
 * listed by flag.
 */
describe('difficult-case flags', () => {
  let chain: ProcuratorateChain;
  let reception: Actor;

  beforeAll(async () => {
    chain = await seedProcuratorateChain();
    reception = await Actor.as({ userId: `reception-${chain.agencies.city.id}`, name: '接待员', agencyId: chain.agencies.city.id, roles: [Role.RECEPTION] });
  });

  const flagsOf = async (id: string) => (await chain.cityHandler.query<{ petition: Flags }>(FLAGS, { id })).petition;
  const listedIds = async (filter: Record<string, unknown>) =>
    (await chain.cityHandler.query<{ petitions: { edges: { node: { id: string } }[] } }>(LIST, { filter: { receivingAgencyId: chain.agencies.city.id, ...filter } })).petitions.edges.map(({ node }) => node.id);

  it('flags the same person on the same matter within the window as a repeat, linked to the earlier petition, found by keyed hash', async () => {
    const idNumber = madeUpIdNumber();
    const person = (overrides: Record<string, unknown> = {}) => ({ petitioners: [{ name: '赵德顺', idNumber, ...overrides }] });
    const longAgo = await reception.registerPetition({ ...person(), receivedAt: new Date(Date.now() - 500 * DAY) });
    const lastMonth = await reception.registerPetition({ ...person({ phone: madeUpMobile() }), receivedAt: new Date(Date.now() - 30 * DAY) });
    // The same number however it is typed, at another agency of the chain.
    const again = await chain.countyHandler.registerPetition(person({ idNumber: ` ${idNumber.toLowerCase()} ` }));
    const otherMatter = await reception.registerPetition({ ...person(), category: 'APPEAL' });

    expect(await flagsOf(longAgo.id)).toMatchObject({ repeat: false, repeatCount: 0, earlierPetitions: [] });
    // 500 days before it is outside the 365-day window.
    expect(await flagsOf(lastMonth.id)).toMatchObject({ repeat: false, repeatCount: 0 });
    expect(await flagsOf(otherMatter.id)).toMatchObject({ repeat: false });
    const repeat = await chain.countyHandler.query<{ petition: Flags }>(FLAGS, { id: again.id });
    expect(repeat.petition).toMatchObject({ repeat: true, repeatCount: 1 });
    // The county may not read the city's petition it repeats: the link is there, the petition is not shown to it.
    expect(repeat.petition.earlierPetitions).toEqual([]);
    expect((await flagsOf(again.id)).earlierPetitions).toEqual([{ id: lastMonth.id }]);
    expect(await petitionsRows('select earlier_petition_id from petition_repeat_link where petition_id = $1::uuid', [again.id])).toEqual([{ earlier_petition_id: lastMonth.id }]);

    // The city lists what was received below it as repeats too.
    expect(await listedIds({ receivingAgencyId: chain.agencies.county.id, repeat: true })).toEqual([again.id]);
    expect(await listedIds({ repeat: true })).not.toEqual(expect.arrayContaining([lastMonth.id]));

    // A person's history, by the number: every petition the caller may read; the look-up is audited by hash.
    const { personPetitionHistory } = await chain.cityHandler.query<{ personPetitionHistory: { total: number; petitions: { id: string }[] } }>(HISTORY, { person: { idNumber }, purpose: 'Preparing the reply: has he been here before?' });
    expect(personPetitionHistory.total).toBe(4);
    expect(personPetitionHistory.petitions.map((petition) => petition.id)).toEqual([otherMatter.id, again.id, lastMonth.id, longAgo.id]);
    const [audit] = await petitionsRows<{ operation: string; subject_type: string; subject_id: string; fields: string[] }>(
      'select operation, subject_type, subject_id, fields from personal_data_access where user_id = $1 and operation = $2', [chain.cityHandler.identity.userId, 'PERSON_HISTORY'],
    );
    expect(audit).toEqual({ operation: 'PERSON_HISTORY', subject_type: 'Person', subject_id: expect.stringMatching(/^[0-9a-f]{64}$/), fields: ['ID_NUMBER'] });
    expect(await errorCodes(HISTORY, { person: { idNumber }, purpose: 'Curious' }, chain.commissionStaff.token)).toEqual(['FORBIDDEN']);
    expect(await errorCodes(HISTORY, { person: { idNumber, phone: madeUpMobile() }, purpose: 'Both' }, chain.cityHandler.token)).toEqual(['BAD_USER_INPUT']);
  });

  it('recognises a hotline caller who gives only a phone number', async () => {
    const mobile = madeUpMobile();
    const first = await reception.registerPetition({ channel: 'HOTLINE_12309', petitioners: [{ name: '来电人', phone: mobile }] });
    const second = await reception.registerPetition({ channel: 'HOTLINE_12309', petitioners: [{ name: '来电人', phone: `+86 ${mobile}` }] });
    expect(await flagsOf(second.id)).toMatchObject({ repeat: true, repeatCount: 1, earlierPetitions: [{ id: first.id }] });
  });

  it('flags a group of five or more, with up to five representatives', async () => {
    const representatives = Array.from({ length: 5 }, (_, index) => ({ name: `村民代表${index + 1}`, representative: true }));
    const group = await reception.registerPetition({ petitioners: representatives, headCount: 30, summary: 'Thirty villagers about unpaid land compensation.' });
    const four = await reception.registerPetition({ petitioners: representatives.slice(0, 1), headCount: 4 });
    expect(await flagsOf(group.id)).toMatchObject({ group: true, headCount: 30 });
    expect(await flagsOf(four.id)).toMatchObject({ group: false });
    const groups = await listedIds({ group: true });
    expect(groups).toContain(group.id);
    expect(groups).not.toContain(four.id);
  });

  it('flags a petition received above the agency with jurisdiction as leapfrog, using the directory\'s hierarchy', async () => {
    const leapfrog = await reception.registerPetition({ jurisdictionAgencyId: chain.agencies.county.id });
    const atJurisdiction = await reception.registerPetition({ jurisdictionAgencyId: chain.agencies.city.id });
    const countyAtSibling = await chain.countyHandler.registerPetition({ jurisdictionAgencyId: chain.agencies.siblingCounty.id });
    expect(await flagsOf(leapfrog.id)).toMatchObject({ leapfrog: true, jurisdictionAgency: { id: chain.agencies.county.id } });
    expect(await flagsOf(atJurisdiction.id)).toMatchObject({ leapfrog: false });
    expect(await flagsOf(countyAtSibling.id)).toMatchObject({ leapfrog: false });
    expect(await listedIds({ leapfrog: true })).toEqual([leapfrog.id]);
    expect(await listedIds({ leapfrog: false })).toEqual(expect.arrayContaining([atJurisdiction.id]));
  });
});
