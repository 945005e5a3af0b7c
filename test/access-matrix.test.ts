import { Role } from '@xinfang/kit';
import { ACCESS_MATRIX, CALLERS } from './access-matrix/matrix';
import type { AccessCase, Caller, Outcome, World } from './access-matrix/matrix';
import { graphql } from './support/graphql-client';
import { madeUpIdNumber } from './support/personal-data';
import { Actor, addAgency, registerStaffMember, seedProcuratorateChain } from './support/seed';
import { testEnv } from './support/test-env';

/**
 * The access matrix (test/access-matrix/matrix.ts, the README's table) against the real
 * platform: every case, every caller, through the gateway and again directly against the
 * subgraph that owns the data, which must answer the same.
 */
describe('the access matrix', () => {
  let world: World;
  let actors: Record<Caller, Actor>;
  let makeFresh: Record<NonNullable<AccessCase['fresh']>, () => Promise<string>>;

  beforeAll(async () => {
    const chain = await seedProcuratorateChain();
    const admin = await Actor.as({ userId: 'test-admin', name: 'Test admin', agencyId: 'platform', roles: [Role.ADMIN] });
    const [civilAffairs, court] = await Promise.all([
      addAgency({ admin, agencies: chain.agencies } as never, { key: 'civil-affairs', name: '测试市民政局', englishName: 'Test City Civil Affairs Bureau', type: 'CIVIL_AFFAIRS' }),
      addAgency({ admin, agencies: chain.agencies } as never, { key: 'court', name: '测试市中级人民法院', englishName: 'Test City Intermediate Court', type: 'COURT' }),
    ]);
    const { county, city } = chain.agencies;
    const as = (agencyId: string, role: Role, key: string) => Actor.as({ userId: `${key}-${agencyId}`, name: key, agencyId, roles: [role] });
    actors = {
      reception: await as(county.id, Role.RECEPTION, 'reception'),
      handler: chain.countyHandler,
      leader: await as(county.id, Role.LEADER, 'leader'),
      superior: chain.cityHandler,
      stranger: chain.siblingHandler,
      partner: chain.womensFederationStaff,
      otherPartner: await as(civilAffairs.id, Role.PARTNER, 'partner'),
      court: await as(court.id, Role.HANDLER, 'judge'),
      commission: chain.commissionStaff,
      auditor: await as(city.id, Role.AUDITOR, 'auditor'),
      admin,
    };
    const { registerPetition } = await actors.reception.query<{ registerPetition: { petition: { id: string; petitioners: { id: string }[] } } }>(
      `mutation($input: RegisterPetitionInput!) { registerPetition(input: $input) { petition { id petitioners { id } } } }`,
      { input: { channel: 'IN_PERSON', category: 'REQUEST', summary: 'Asks for help after an injury at work.', request: 'Assistance.', petitioners: [{ name: '周桂兰', idNumber: madeUpIdNumber() }] } },
    );
    const petitionId = registerPetition.petition.id;
    const cityPetition = await (await as(city.id, Role.RECEPTION, 'reception')).registerPetition();
    const assistanceCase = await chain.countyHandler.openAssistanceCase(petitionId);
    const issueReferral = async () => (await chain.countyHandler.issueReferral(assistanceCase.id, chain.agencies.womensFederation.id)).id;
    const createAssignment = async () => (await chain.commissionStaff.query<{ createAssignment: { id: string } }>(
      `mutation($input: CreateAssignmentInput!) { createAssignment(input: $input) { id } }`,
      { input: { petitionId, lead: { agencyId: court.id, task: 'Explain the enforcement delay', workingDays: 15 } } },
    )).createAssignment.id;
    const staff = await registerStaffMember(county, { key: 'clerk', name: '孙明', department: '控告申诉检察部', roles: [Role.RECEPTION] });
    world = {
      petitionId, cityPetitionId: cityPetition.id, petitionerId: registerPetition.petition.petitioners[0]!.id, countyId: county.id, assistanceCaseId: assistanceCase.id,
      referralId: await issueReferral(), assignmentId: await createAssignment(), staffId: staff.identity.userId,
    };
    makeFresh = { referral: issueReferral, assignment: createAssignment };
  });

  async function outcomeOf(entry: AccessCase, caller: Caller, url: string): Promise<Outcome | string> {
    const fresh = entry.fresh ? { [entry.fresh]: await makeFresh[entry.fresh]() } : {};
    const result = await graphql<Record<string, unknown>>(entry.query, entry.variables(world, fresh), actors[caller].token, url);
    const codes = [...new Set((result.errors ?? []).map((error) => String(error.extensions?.code)))];
    if (codes.length > 0) return codes.length === 1 && ['NOT_FOUND', 'FORBIDDEN'].includes(codes[0]!) ? codes[0] as Outcome : `errors ${codes.join(', ')}`;
    if (!result.data) return `no data (HTTP ${result.status})`;
    return !entry.holds || entry.holds(result.data, world) ? 'ALLOWED' : 'HIDDEN';
  }

  describe.each(ACCESS_MATRIX.map((entry) => [entry.name, entry] as const))('%s', (_name, entry) => {
    it.each(Object.keys(CALLERS) as Caller[])('as the %s', async (caller) => {
      const throughGateway = await outcomeOf(entry, caller, testEnv.gatewayUrl);
      const direct = await outcomeOf(entry, caller, testEnv.subgraphUrls[entry.subgraph]!);
      expect({ throughGateway, direct }).toEqual({ throughGateway: entry.expected[caller], direct: entry.expected[caller] });
    });
  });
});
