import { Client } from 'pg';
import { Role, subgraphDatabaseUrl } from '@xinfang/kit';
import { errorCodes } from './support/graphql-client';
import { madeUpIdNumber, madeUpMobile, petitionsRows } from './support/personal-data';
import { Actor, registerStaffMember, seedProcuratorateChain } from './support/seed';
import type { ProcuratorateChain } from './support/seed';
import { testEnv } from './support/test-env';

const UNMASK = `query($petitionerId: ID!, $purpose: String!) {
  petitionerPersonalData(petitionerId: $petitionerId, purpose: $purpose) { idNumber phone }
}`;

const ENTRY = 'edges { node { actorId actorName agencyId roles operation subjectType subjectId fields purpose criteria at } } pageInfo { hasNextPage endCursor }';
const AUDIT_LOG = `query($filter: AuditLogFilter) { auditLog(filter: $filter) {
  petitions(first: 20) { ${ENTRY} }
  agencies(first: 20) { ${ENTRY} }
} }`;

interface Entry { actorId: string; actorName: string; agencyId: string; roles: string[]; operation: string; subjectType: string; subjectId: string | null; fields: string[]; purpose: string | null; criteria: string | null; at: string }
interface Page { edges: { node: Entry }[] }
interface AuditLogAnswer { auditLog: { petitions: Page; agencies: Page } }

const nodes = (page: Page) => page.edges.map(({ node }) => node);

async function agenciesRows(sql: string, params: unknown[] = []): Promise<unknown[]> {
  const client = new Client({ connectionString: subgraphDatabaseUrl(testEnv.databaseUrl, 'agencies') });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows;
  } finally {
    await client.end();
  }
}

/**
 * The audit log (审计日志) as the issue asks: unmasked reads, denials, exports and role changes
 * recorded with who, agency, when, what, whose, which fields and why, never a value; read by
 * auditors through the gateway across subgraphs; refused to others; and append-only in the
 * database itself.
 */
describe('the audit log', () => {
  let chain: ProcuratorateChain;
  let auditor: Actor;
  const idNumber = madeUpIdNumber();
  const mobile = madeUpMobile();
  let petitionerId: string;
  let staffId: string;
  let changedStaffId: string;
  let exported: string;

  beforeAll(async () => {
    chain = await seedProcuratorateChain();
    auditor = await Actor.as({ userId: `auditor-${chain.agencies.province.id}`, name: '审计员', agencyId: chain.agencies.province.id, roles: [Role.AUDITOR] });
    const { registerPetition } = await chain.cityHandler.query<{ registerPetition: { petition: { petitioners: { id: string }[] } } }>(
      `mutation($input: RegisterPetitionInput!) { registerPetition(input: $input) { petition { petitioners { id } } } }`,
      { input: { channel: 'IN_PERSON', category: 'REQUEST', summary: 'Wages unpaid for a year.', request: 'Help recovering them.', petitioners: [{ name: '赵大成', idNumber, phone: mobile }] } },
    );
    petitionerId = registerPetition.petition.petitioners[0]!.id;
    staffId = chain.cityHandler.identity.userId;
  });

  it('records a handler\'s whole read of an ID number without the number', async () => {
    const { petitionerPersonalData } = await chain.cityHandler.query<{ petitionerPersonalData: { idNumber: string } }>(UNMASK, { petitionerId, purpose: 'Calling back about the reply' });
    expect(petitionerPersonalData.idNumber).toBe(idNumber);
    const rows = await petitionsRows<{ actor_id: string; agency_id: string; operation: string; subject_id: string; fields: string[]; purpose: string; at: Date; row: string }>(
      'select actor_id, agency_id, operation, subject_id, fields, purpose, at, row_to_json(a)::text as row from audit_entry a where subject_id = $1', [petitionerId],
    );
    expect(rows).toEqual([expect.objectContaining({
      actor_id: staffId, agency_id: chain.agencies.city.id, operation: 'READ_UNMASKED', subject_id: petitionerId, fields: ['ID_NUMBER', 'PHONE'], purpose: 'Calling back about the reply', at: expect.any(Date),
    })]);
    const everything = await petitionsRows<{ text: string }>('select string_agg(row_to_json(a)::text, \'\') as text from audit_entry a');
    expect(everything[0]!.text).not.toContain(idNumber);
    expect(everything[0]!.text).not.toContain(mobile);
  });

  it('records an outsider\'s refused read even though the request fails', async () => {
    expect(await errorCodes(UNMASK, { petitionerId, purpose: 'Curious' }, chain.siblingHandler.token)).toEqual(['NOT_FOUND']);
    const rows = await petitionsRows<{ operation: string; subject_type: string; agency_id: string }>(
      'select operation, subject_type, agency_id from audit_entry where actor_id = $1', [chain.siblingHandler.identity.userId],
    );
    expect(rows).toEqual([{ operation: 'DENIED', subject_type: 'Petition', agency_id: chain.agencies.siblingCounty.id }]);
  });

  it('records a partner reading the phone number a referral shares with it, in the assistance subgraph', async () => {
    const petition = await chain.cityHandler.registerPetition();
    const assistanceCase = await chain.cityHandler.openAssistanceCase(petition.id);
    const referral = await chain.cityHandler.issueReferral(assistanceCase.id, chain.agencies.womensFederation.id, { contactPhone: mobile });
    const { referral: shared } = await chain.womensFederationStaff.query<{ referral: { contactPhone: string } }>(`query($id: ID!) { referral(id: $id) { contactPhone } }`, { id: referral.id });
    expect(shared.contactPhone.replace(/\D/g, '')).toContain(mobile.replace(/\D/g, '').slice(-8));
    const { auditLog } = await (await admin()).query<{ auditLog: { assistance: Page } }>(
      `query($filter: AuditLogFilter) { auditLog(filter: $filter) { assistance(first: 5) { ${ENTRY} } } }`,
      { filter: { actorId: chain.womensFederationStaff.identity.userId, subjectId: referral.id } },
    );
    expect(nodes(auditLog.assistance).map(({ operation, subjectType, fields }) => ({ operation, subjectType, fields }))).toEqual([
      { operation: 'READ_UNMASKED', subjectType: 'Referral', fields: ['CONTACT_PHONE'] },
    ]);
  });

  it('records an export with the filter it used', async () => {
    const response = await fetch(`${new URL(testEnv.gatewayUrl).origin}/exports/petitions.csv?channel=IN_PERSON`, { headers: { authorization: `Bearer ${chain.cityHandler.token}` } });
    expect(response.status).toBe(200);
    exported = await response.text();
    const rows = await petitionsRows<{ subject_id: string; criteria: Record<string, unknown>; fields: string[] }>(
      'select subject_id, criteria, fields from audit_entry where actor_id = $1 and operation = $2', [staffId, 'EXPORT'],
    );
    expect(rows).toEqual([expect.objectContaining({ subject_id: 'petitions', criteria: { channel: 'IN_PERSON', format: 'csv' } })]);
    expect(rows[0]!.fields.length).toBeGreaterThan(5);
  });

  it('records a ledger import by its counts, dry run or not', async () => {
    const { importPetitionLedger } = await chain.cityHandler.query<{ importPetitionLedger: { rowCount: number; importedCount: number; rejectedCount: number } }>(
      `mutation($input: ImportPetitionLedgerInput!) { importPetitionLedger(input: $input) { rowCount importedCount rejectedCount } }`,
      { input: { fileName: '导出.csv', contentBase64: Buffer.from(exported).toString('base64'), dryRun: true } },
    );
    const rows = await petitionsRows<{ criteria: Record<string, unknown> }>('select criteria from audit_entry where actor_id = $1 and operation = $2', [staffId, 'IMPORT']);
    expect(rows).toEqual([{ criteria: { fileName: '导出.csv', dryRun: true, ...importPetitionLedger } }]);
  });

  it('records a staff role change by field name, in the agencies subgraph', async () => {
    const member = await registerStaffMember(chain.agencies.city, { key: 'audited', name: '钱明', department: '控告申诉检察部', roles: [Role.HANDLER] });
    changedStaffId = member.identity.userId;
    const update = `mutation($id: ID!, $input: UpdateStaffInput!) { updateStaff(id: $id, input: $input) { id } }`;
    await (await admin()).query(update, { id: changedStaffId, input: { roles: [Role.HANDLER, Role.RECEPTION] } });
    // A change that does not touch what a person may do is not a role-sensitive change.
    await (await admin()).query(update, { id: changedStaffId, input: { department: '第十检察部' } });
    expect(await agenciesRows('select actor_id, operation, subject_type, fields from audit_entry where subject_id = $1', [changedStaffId])).toEqual([
      { actor_id: 'test-admin', operation: 'CHANGE', subject_type: 'Staff', fields: ['roles'] },
    ]);
  });

  it('lets an auditor read it across subgraphs through the gateway, for their agency and those below it', async () => {
    const { auditLog } = await auditor.query<AuditLogAnswer>(AUDIT_LOG, { filter: { agencyId: chain.agencies.city.id } });
    const petitions = nodes(auditLog.petitions);
    expect(petitions.map((entry) => entry.operation).sort()).toEqual(['EXPORT', 'IMPORT', 'READ_UNMASKED']);
    expect(petitions.find((entry) => entry.operation === 'READ_UNMASKED')).toEqual({
      actorId: staffId, actorName: chain.cityHandler.identity.name, agencyId: chain.agencies.city.id, roles: [Role.HANDLER], operation: 'READ_UNMASKED',
      subjectType: 'Petitioner', subjectId: petitionerId, fields: ['ID_NUMBER', 'PHONE'], purpose: 'Calling back about the reply', criteria: expect.any(String), at: expect.any(String),
    });
    const denied = await auditor.query<AuditLogAnswer>(AUDIT_LOG, { filter: { actorId: chain.siblingHandler.identity.userId } });
    expect(nodes(denied.auditLog.petitions).map((entry) => entry.operation)).toEqual(['DENIED']);
    // The platform administrator's change is not an act of the province's staff or those below it: administrators read it.
    const changes = await (await admin()).query<AuditLogAnswer>(AUDIT_LOG, { filter: { subjectId: changedStaffId, operation: 'CHANGE' } });
    expect(nodes(changes.auditLog.agencies).map((entry) => entry.fields)).toEqual([['roles']]);
    const cityAuditor = await Actor.as({ userId: `auditor-${chain.agencies.city.id}`, name: '市院审计员', agencyId: chain.agencies.city.id, roles: [Role.AUDITOR] });
    const sideways = await cityAuditor.query<AuditLogAnswer>(AUDIT_LOG, { filter: { actorId: chain.siblingHandler.identity.userId } });
    expect(nodes(sideways.auditLog.petitions)).toHaveLength(1);
    const countyAuditor = await Actor.as({ userId: `auditor-${chain.agencies.county.id}`, name: '县院审计员', agencyId: chain.agencies.county.id, roles: [Role.AUDITOR] });
    const upwards = await countyAuditor.query<AuditLogAnswer>(AUDIT_LOG, { filter: { agencyId: chain.agencies.city.id } });
    expect(nodes(upwards.auditLog.petitions)).toEqual([]);
  });

  it('refuses a handler with FORBIDDEN, and audits that too', async () => {
    expect(await errorCodes(AUDIT_LOG, {}, chain.countyHandler.token)).toEqual(['FORBIDDEN']);
    expect(await agenciesRows('select subject_type, subject_id from audit_entry where actor_id = $1 and operation = $2', [chain.countyHandler.identity.userId, 'DENIED'])).toEqual([
      { subject_type: 'Field', subject_id: 'Query.auditLog' },
    ]);
  });

  it('keeps every row: UPDATE and DELETE through the subgraph\'s own connection fail', async () => {
    await expect(petitionsRows('update audit_entry set purpose = $2 where subject_id = $1', [petitionerId, 'rewritten'])).rejects.toThrow(/append-only/);
    await expect(petitionsRows('delete from audit_entry where subject_id = $1', [petitionerId])).rejects.toThrow(/append-only/);
    await expect(agenciesRows('delete from audit_entry where subject_id = $1', [changedStaffId])).rejects.toThrow(/append-only/);
    expect(await petitionsRows('select 1 from audit_entry where subject_id = $1', [petitionerId])).toHaveLength(1);
  });
});

function admin(): Promise<Actor> {
  return Actor.as({ userId: 'test-admin', name: 'Test admin', agencyId: 'platform', roles: [Role.ADMIN] });
}
