import { randomBytes } from 'node:crypto';
import { projected } from './support/directory';
import { graphql } from './support/graphql-client';
import { Role } from '@xinfang/kit';
import { RECORDED_CONSENT, registerStaffMember, seedCity } from './support/seed';
import type { City } from './support/seed';

const REGISTER_AGENCY = `mutation($input: RegisterAgencyInput!) { registerAgency(input: $input) { id active version } }`;
const REGISTER_STAFF = `mutation($input: RegisterStaffInput!) { registerStaff(input: $input) { id name roles isLeader title agency { id name } } }`;
const UPDATE_AGENCY = `mutation($id: ID!, $input: UpdateAgencyInput!) { updateAgency(id: $id, input: $input) { id active version } }`;
const SESSION = `mutation($input: ScheduleJointVisitSessionInput!) { scheduleJointVisitSession(input: $input) { id } }`;
const ASSIGNMENT = `mutation($input: CreateAssignmentInput!) { createAssignment(input: $input) { id status } }`;

/** The code and the field a refused request names. */
async function refusal(query: string, variables: Record<string, unknown>, token: string) {
  const { errors } = await graphql(query, variables, token);
  return { code: errors?.[0]?.extensions?.code, field: errors?.[0]?.extensions?.field };
}

/**
 * An administrator adds a disabled persons' federation and its caseworker to the directory;
 * assistance and joint visits hear of both on `agencies.directory.v1` and from then on
 * accept referrals, assignments and sessions naming it, and refuse agencies they do not
 * know or that were deactivated, naming the field.
 */
describe('the agency directory and its staff, everywhere', () => {
  let city: City;
  const id = `disabled-federation-${randomBytes(4).toString('hex')}`;
  const hours = (n: number) => new Date(Date.now() + n * 3600_000);

  beforeAll(async () => {
    city = await seedCity();
  });

  it('registers an agency and a member of its staff, and every subgraph learns of both', async () => {
    const { registerAgency } = await city.admin.query<{ registerAgency: { active: boolean; version: number } }>(REGISTER_AGENCY, {
      input: { id, name: `测试市残疾人联合会-${id}`, englishName: 'Test City Disabled Persons\' Federation', type: 'DISABLED_PERSONS_FEDERATION', level: 'MUNICIPAL', regionCode: '340300', regionName: '安徽省蚌埠市' },
    });
    expect(registerAgency).toEqual({ id, active: true, version: 1 });
    const { registerStaff: caseworker } = await city.admin.query<{ registerStaff: { id: string; agency: { id: string } } }>(REGISTER_STAFF, {
      input: { id: `${id}.guo-feng`, name: '郭峰', agencyId: id, department: '维权部', title: '干事', roles: ['PARTNER'] },
    });
    expect(caseworker).toMatchObject({ id: `${id}.guo-feng`, roles: ['PARTNER'], isLeader: false, agency: { id } });

    await projected([id]);
    await projected([caseworker.id], { table: 'directory_staff' });

    // Any signed-in caller may look officials up; the public directory does not list people.
    const { agency } = await city.handler.query<{ agency: { staff: { name: string; department: string }[] } }>(
      `query($id: ID!) { agency(id: $id) { staff { name department } } }`, { id });
    expect(agency.staff).toEqual([{ name: '郭峰', department: '维权部' }]);
    const { staff } = await city.womensFederationStaff.query<{ staff: { name: string; agency: { id: string } } }>(`query($id: ID!) { staff(id: $id) { name agency { id } } }`, { id: caseworker.id });
    expect(staff).toEqual({ name: '郭峰', agency: { id } });
    expect((await graphql(`query($id: ID!) { staff(id: $id) { name } }`, { id: caseworker.id })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await graphql(`query($id: ID!) { agency(id: $id) { name staff { name } } }`, { id })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('accepts work for the new agency, refuses unknown and deactivated agencies with BAD_USER_INPUT naming the field', async () => {
    const petition = await city.reception.registerPetition();
    const assistanceCase = await city.handler.openAssistanceCase(petition.id);
    expect((await city.handler.issueReferral(assistanceCase.id, id)).status).toBe('ISSUED');
    const session = { title: '联合接访日', location: '市信访接待中心', startsAt: hours(24), endsAt: hours(28) };
    const courtLeader = await registerStaffMember(city.agencies.court, { key: 'duty-leader', name: '王副院长', department: '立案庭', roles: [Role.LEADER] });
    const participants = (agencyId: string) => [
      { agencyId: city.agencies.court.id, onDutyLeaderId: courtLeader.identity.userId },
      { agencyId, onDutyLeaderId: `${id}.guo-feng` },
    ];
    await city.commissionStaff.query(SESSION, { input: { ...session, participants: participants(id) } });
    const assignment = (agencyId: string) => ({ petitionId: petition.id, lead: { agencyId, task: 'Arrange rehabilitation support', workingDays: 15 } });
    await city.commissionStaff.query(ASSIGNMENT, { input: assignment(id) });

    const referral = (partnerAgencyId: string) => ({ input: { assistanceCaseId: assistanceCase.id, partnerAgencyId, helpNeeded: 'SOCIAL_ASSISTANCE', summary: 'Needs a disability allowance.', consent: RECORDED_CONSENT } });
    const ISSUE = `mutation($input: IssueReferralInput!) { issueReferral(input: $input) { id } }`;
    const nowhere = `nowhere-${id}`;
    expect(await refusal(ISSUE, referral(nowhere), city.handler.token)).toEqual({ code: 'BAD_USER_INPUT', field: 'partnerAgencyId' });
    expect(await refusal(ASSIGNMENT, { input: assignment(nowhere) }, city.commissionStaff.token)).toEqual({ code: 'BAD_USER_INPUT', field: 'assigneeAgencyId' });
    expect(await refusal(SESSION, { input: { ...session, participants: participants(nowhere) } }, city.commissionStaff.token)).toEqual({ code: 'BAD_USER_INPUT', field: 'participants.agencyId' });

    const { updateAgency } = await city.admin.query<{ updateAgency: { active: boolean; version: number } }>(UPDATE_AGENCY, { id, input: { active: false } });
    expect(updateAgency).toMatchObject({ active: false, version: 2 });
    await projected([id], { accept: (rows) => rows[0]?.active === false && rows[0].revision === 2 });
    expect(await refusal(ISSUE, referral(id), city.handler.token)).toEqual({ code: 'BAD_USER_INPUT', field: 'partnerAgencyId' });
    expect(await refusal(ASSIGNMENT, { input: assignment(id) }, city.commissionStaff.token)).toEqual({ code: 'BAD_USER_INPUT', field: 'assigneeAgencyId' });
    const { errors } = await graphql(ISSUE, referral(id), city.handler.token);
    expect(errors?.[0]?.message).toMatch(/is no longer active/);
  });

  it('lets only administrators change the directory, and refuses incoherent staff records', async () => {
    expect((await refusal(UPDATE_AGENCY, { id: city.agencies.court.id, input: { name: '改名' } }, city.handler.token)).code).toBe('FORBIDDEN');
    const leaderWithoutTitle = { input: { name: '某人', agencyId: city.agencies.court.id, roles: ['LEADER'], isLeader: true } };
    expect(await refusal(REGISTER_STAFF, leaderWithoutTitle, city.admin.token)).toEqual({ code: 'BAD_USER_INPUT', field: 'title' });
    expect(await refusal(REGISTER_STAFF, { input: { name: '某人', agencyId: `nowhere-${id}`, roles: ['HANDLER'] } }, city.admin.token)).toEqual({ code: 'BAD_USER_INPUT', field: 'agencyId' });
    const cycle = { id: city.agencies.procuratorate.id, input: { parentId: city.agencies.procuratorate.id } };
    expect(await refusal(UPDATE_AGENCY, cycle, city.admin.token)).toEqual({ code: 'BAD_USER_INPUT', field: 'parentId' });
  });
});
