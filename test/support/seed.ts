import { randomBytes } from 'node:crypto';
import { Role, allTopicsOfAgency, signIdentityToken } from '@xinfang/kit';
import type { Identity } from '@xinfang/kit';
import { projected } from './directory';
import { knownToAssistance } from './known-petitions';
import { waitForTopic } from './kafka-listener';
import { expectData } from './graphql-client';
import { testEnv } from './test-env';

export async function tokenFor(identity: Identity): Promise<string> {
  return signIdentityToken(identity, { privateKeyPem: testEnv.jwtPrivateKey, issuer: testEnv.jwtIssuer, audience: testEnv.jwtAudience });
}

/** Someone using the platform: an identity, its token, and the stories it can act out. */
export class Actor {
  private constructor(readonly identity: Identity, readonly token: string) {}

  static async as(identity: Identity): Promise<Actor> {
    return new Actor(identity, await tokenFor(identity));
  }

  get agencyId(): string {
    return this.identity.agencyId;
  }

  query<Data = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}): Promise<Data> {
    return expectData<Data>(query, variables, this.token);
  }

  async registerPetition(overrides: Record<string, unknown> = {}): Promise<{ id: string; trackingNumber: string; accessCode: string }> {
    const { registerPetition } = await this.query<{ registerPetition: { accessCode: string; petition: { id: string; trackingNumber: string } } }>(
      `mutation($input: RegisterPetitionInput!) { registerPetition(input: $input) { accessCode petition { id trackingNumber } } }`,
      // A bare name unless the test names its petitioners in full.
      { input: { channel: 'IN_PERSON', category: 'REQUEST', ...('petitioners' in overrides ? {} : { petitionerName: '李秀兰' }), summary: 'Asks for help after her husband was killed in a traffic case; the driver cannot pay.', request: 'Judicial assistance for her and her two children.', ...overrides } },
    );
    return { ...registerPetition.petition, accessCode: registerPetition.accessCode };
  }

  /** Opens a case once judicial assistance knows the petition (from `petitions.events.v1`). */
  async openAssistanceCase(petitionId: string, overrides: Record<string, unknown> = {}): Promise<{ id: string }> {
    await knownToAssistance([petitionId]);
    const { openAssistanceCase } = await this.query<{ openAssistanceCase: { id: string } }>(
      `mutation($input: OpenAssistanceCaseInput!) { openAssistanceCase(input: $input) { id } }`,
      { input: { petitionId, applicantName: '李秀兰', priorityGroup: 'WOMAN_IN_HARDSHIP', hardship: 'Sole carer of two children, no income since the accident.', requestedAmountFen: 3_000_000, ...overrides } },
    );
    return openAssistanceCase;
  }

  async issueReferral(assistanceCaseId: string, partnerAgencyId: string, overrides: Record<string, unknown> = {}): Promise<{ id: string; status: string }> {
    const { issueReferral } = await this.query<{ issueReferral: { id: string; status: string } }>(
      `mutation($input: IssueReferralInput!) { issueReferral(input: $input) { id status } }`,
      { input: { assistanceCaseId, partnerAgencyId, helpNeeded: 'PSYCHOLOGICAL_COUNSELLING', summary: 'Widowed mother of two needs counselling and help with childcare.', consent: RECORDED_CONSENT, ...overrides } },
    );
    return issueReferral;
  }

  async acknowledgeReferral(id: string): Promise<{ id: string; status: string }> {
    const { acknowledgeReferral } = await this.query<{ acknowledgeReferral: { id: string; status: string } }>(
      `mutation($id: ID!) { acknowledgeReferral(id: $id) { id status } }`,
      { id },
    );
    return acknowledgeReferral;
  }
}

/** The person's written consent to share their name and contact with the partner, as most referrals carry. */
export const RECORDED_CONSENT = { givenBy: 'APPLICANT', givenAt: '2026-11-02T02:00:00.000Z', covers: ['NAME', 'CONTACT'], form: 'WRITTEN' };

export interface SeededAgency {
  id: string;
  name: string;
}

export interface AgencyToRegister {
  key: string;
  name: string;
  englishName: string;
  type: string;
  level?: string;
  parentId?: string;
}

/** Registers an agency with a fresh id (`<key>-<suffix>`), municipal unless said otherwise. */
async function registerAgency(admin: Actor, suffix: string, { key, name, level = 'MUNICIPAL', ...rest }: AgencyToRegister): Promise<SeededAgency> {
  const { registerAgency: agency } = await admin.query<{ registerAgency: SeededAgency }>(
    `mutation($input: RegisterAgencyInput!) { registerAgency(input: $input) { id name } }`,
    { input: { id: `${key}-${suffix}`, name: `${name}-${suffix}`, level, regionCode: '340300', regionName: '安徽省蚌埠市', ...rest } },
  );
  return agency;
}

/**
 * One more agency of its own for a test (a partner agency under a provincial one, say), with a
 * fresh id; the test goes on once every copy of the directory knows it and its topics exist.
 */
export async function seedAgency(agency: AgencyToRegister): Promise<SeededAgency> {
  const admin = await Actor.as({ userId: 'test-admin', name: 'Test admin', agencyId: 'platform', roles: [Role.ADMIN] });
  const registered = await registerAgency(admin, randomBytes(4).toString('hex'), agency);
  await projected([registered.id]);
  await waitForTopic(allTopicsOfAgency(registered.id).map((topic) => topic.name));
  return registered;
}

/** A member of an agency's staff with one role. */
function person(agency: SeededAgency, role: Role, name: string): Promise<Actor> {
  return Actor.as({ userId: `${role.toLowerCase()}-${agency.id}`, name, agencyId: agency.id, roles: [role] });
}

/**
 * A city of its own for one test: a procuratorate, a women's federation, a civil-affairs
 * bureau, a court and a political-legal commission with fresh ids, and one person in each
 * role. Nothing another test does can touch it.
 */
export async function seedCity() {
  const suffix = randomBytes(4).toString('hex');
  const admin = await Actor.as({ userId: 'test-admin', name: 'Test admin', agencyId: 'platform', roles: [Role.ADMIN] });
  const register = (key: string, name: string, englishName: string, type: string) => registerAgency(admin, suffix, { key, name, englishName, type });
  const [procuratorate, otherProcuratorate, womensFederation, civilAffairs, court, commission] = await Promise.all([
    register('procuratorate', '测试市人民检察院', 'Test City Procuratorate', 'PROCURATORATE'),
    register('other-procuratorate', '邻市人民检察院', 'Neighbouring City Procuratorate', 'PROCURATORATE'),
    register('womens-federation', '测试市妇女联合会', 'Test City Women\'s Federation', 'WOMENS_FEDERATION'),
    register('civil-affairs', '测试市民政局', 'Test City Civil Affairs Bureau', 'CIVIL_AFFAIRS'),
    register('court', '测试市中级人民法院', 'Test City Intermediate Court', 'COURT'),
    register('commission', '测试市委政法委', 'Test City Political-Legal Commission', 'POLITICAL_LEGAL_COMMISSION'),
  ]);
  // Referrals, assignments and sessions accept only agencies the subgraph's copy of the
  // directory knows; the copies learn of new ones through Kafka, so wait for them.
  const agencies = [procuratorate, otherProcuratorate, womensFederation, civilAffairs, court, commission];
  await projected(agencies.map((agency) => agency.id));
  // Each agency's own topics are made once its registration is announced; its system needs them.
  await waitForTopic(agencies.flatMap((agency) => allTopicsOfAgency(agency.id)).map((topic) => topic.name));
  return {
    agencies: { procuratorate, otherProcuratorate, womensFederation, civilAffairs, court, commission },
    admin,
    reception: await person(procuratorate, Role.RECEPTION, '接待员'),
    handler: await person(procuratorate, Role.HANDLER, '承办检察官'),
    outsider: await person(otherProcuratorate, Role.HANDLER, '邻市检察官'),
    womensFederationStaff: await person(womensFederation, Role.PARTNER, '妇联干部'),
    civilAffairsStaff: await person(civilAffairs, Role.PARTNER, '民政干部'),
    courtStaff: await person(court, Role.HANDLER, '法官'),
    commissionStaff: await person(commission, Role.COMMISSION, '政法委干部'),
  };
}

export type City = Awaited<ReturnType<typeof seedCity>>;

/**
 * A chain of command of its own for one test: a provincial procuratorate over a municipal
 * one over two county ones, a partner agency and a commission, with fresh ids and a handler
 * in each procuratorate. Superiors are registered first (a parent must exist), and the test
 * starts once every subgraph's copy of the directory knows the whole chain.
 */
export async function seedProcuratorateChain() {
  const suffix = randomBytes(4).toString('hex');
  const admin = await Actor.as({ userId: 'test-admin', name: 'Test admin', agencyId: 'platform', roles: [Role.ADMIN] });
  const register = (agency: AgencyToRegister) => registerAgency(admin, suffix, agency);
  const province = await register({ key: 'province-procuratorate', name: '测试省人民检察院', englishName: 'Test Provincial Procuratorate', type: 'PROCURATORATE', level: 'PROVINCIAL' });
  const city = await register({ key: 'city-procuratorate', name: '测试市人民检察院', englishName: 'Test City Procuratorate', type: 'PROCURATORATE', parentId: province.id });
  const [county, siblingCounty, womensFederation, commission] = await Promise.all([
    register({ key: 'county-procuratorate', name: '测试县人民检察院', englishName: 'Test County Procuratorate', type: 'PROCURATORATE', level: 'COUNTY', parentId: city.id }),
    register({ key: 'sibling-procuratorate', name: '邻县人民检察院', englishName: 'Neighbouring County Procuratorate', type: 'PROCURATORATE', level: 'COUNTY', parentId: city.id }),
    register({ key: 'womens-federation', name: '测试市妇女联合会', englishName: 'Test City Women\'s Federation', type: 'WOMENS_FEDERATION' }),
    register({ key: 'commission', name: '测试市委政法委', englishName: 'Test City Political-Legal Commission', type: 'POLITICAL_LEGAL_COMMISSION' }),
  ]);
  const agencies = [province, city, county, siblingCounty, womensFederation, commission];
  await projected(agencies.map((agency) => agency.id));
  await waitForTopic(agencies.flatMap((agency) => allTopicsOfAgency(agency.id)).map((topic) => topic.name));
  return {
    agencies: { province, city, county, siblingCounty, womensFederation, commission },
    provinceHandler: await person(province, Role.HANDLER, '省院检察官'),
    cityHandler: await person(city, Role.HANDLER, '市院检察官'),
    countyHandler: await person(county, Role.HANDLER, '县院检察官'),
    siblingHandler: await person(siblingCounty, Role.HANDLER, '邻县检察官'),
    womensFederationStaff: await person(womensFederation, Role.PARTNER, '妇联干部'),
    commissionStaff: await person(commission, Role.COMMISSION, '政法委干部'),
  };
}

/**
 * A named member of an agency's staff, registered in the directory (so handlers and leaders
 * are real people the subgraphs check against) and known to every copy; acts as that person.
 */
export async function registerStaffMember(agency: SeededAgency, member: { key: string; name: string; department: string; roles: Role[]; title?: string }): Promise<Actor> {
  const admin = await Actor.as({ userId: 'test-admin', name: 'Test admin', agencyId: 'platform', roles: [Role.ADMIN] });
  const id = `${agency.id}.${member.key}`;
  await admin.query(`mutation($input: RegisterStaffInput!) { registerStaff(input: $input) { id } }`, {
    input: { id, name: member.name, agencyId: agency.id, department: member.department, roles: member.roles, isLeader: member.roles.includes(Role.LEADER), title: member.title ?? (member.roles.includes(Role.LEADER) ? '检察长' : null) },
  });
  await projected([id], { table: 'directory_staff' });
  return Actor.as({ userId: id, name: member.name, agencyId: agency.id, roles: member.roles });
}

export type ProcuratorateChain = Awaited<ReturnType<typeof seedProcuratorateChain>>;

/** The GraphQL types of the arguments workflow-step mutations take. */
const STEP_ARGUMENT_TYPES: Record<string, string> = {
  id: 'ID!', expectedVersion: 'Int', reason: 'String!', outcome: 'String!', note: 'String!', reply: 'String!', result: 'String!',
  legalBasis: 'String!', substantivelyResolved: 'Boolean!', days: 'Int!', toAgencyId: 'ID!', department: 'String!', handlerStaffId: 'ID!', opinion: 'String!', agencyId: 'ID!', conferenceAgencyId: 'ID!', rating: 'Satisfaction!', comment: 'String!', workingDays: 'Int!',
};

/** A workflow-step mutation with its arguments as variables, e.g. `stepMutation('declineReferral', { id, reason })`. */
export function stepMutation(mutation: string, variables: Record<string, unknown>): string {
  const names = Object.keys(variables);
  const declared = names.map((name) => `$${name}: ${STEP_ARGUMENT_TYPES[name] ?? 'String'}`).join(', ');
  return `mutation(${declared}) { ${mutation}(${names.map((name) => `${name}: $${name}`).join(', ')}) { id status version } }`;
}

/** Takes a workflow step (acknowledgeReferral, startReferral, reportAssignmentProgress, ...) as this actor; it must succeed. */
export async function takeStepAs(actor: Actor, mutation: string, variables: Record<string, unknown>): Promise<{ id: string; status: string; version: number }> {
  const data = await actor.query<Record<string, { id: string; status: string; version: number }>>(stepMutation(mutation, variables), variables);
  return data[mutation] as { id: string; status: string; version: number };
}

/**
 * One more agency in a seeded city (a police bureau, a justice bureau), known to every
 * directory copy and with its own topics made, like those `seedCity` registers.
 */
export async function addAgency(city: Pick<City, 'admin' | 'agencies'>, agency: { key: string; name: string; englishName: string; type: string }): Promise<SeededAgency> {
  const suffix = city.agencies.commission.id.split('-').pop()!;
  const registered = await registerAgency(city.admin, suffix, agency);
  await projected([registered.id]);
  await waitForTopic(allTopicsOfAgency(registered.id).map((topic) => topic.name));
  return registered;
}
