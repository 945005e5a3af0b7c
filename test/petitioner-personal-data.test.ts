import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { Role, maskIdNumber, maskPhone } from '@xinfang/kit';
import { errorCodes, graphql } from './support/graphql-client';
import { madeUpIdNumber, madeUpMobile, petitionsRows, withWrongCheckDigit } from './support/personal-data';
import { Actor, seedProcuratorateChain } from './support/seed';
import type { ProcuratorateChain } from './support/seed';
import { testEnv } from './support/test-env';

const REGISTER = `mutation($input: RegisterPetitionInput!) {
  registerPetition(input: $input) { petition { id petitionerName petitioners { id name gender documentType idNumber phone address vulnerabilities representative } } }
}`;

const UNMASK = `query($petitionerId: ID!, $purpose: String!, $fields: [PersonalDataField!]) {
  petitionerPersonalData(petitionerId: $petitionerId, purpose: $purpose, fields: $fields) { petitionerId documentType idNumber phone }
}`;

const AUDIT_LOG = `query($filter: PersonalDataAccessFilter) {
  personalDataAccessLog(filter: $filter, first: 10) { edges { node { userId userName agency { id } roles operation purpose subjectType subjectId petitionId fields } } }
}`;

interface RegisteredPetitioner { id: string; name: string; gender: string | null; documentType: string | null; idNumber: string | null; phone: string | null; address: string | null; vulnerabilities: string[]; representative: boolean }
interface Registered { registerPetition: { petition: { id: string; petitionerName: string; petitioners: RegisteredPetitioner[] } } }

const petitionInput = (petitioners: unknown[], overrides: Record<string, unknown> = {}) => ({
  channel: 'IN_PERSON', category: 'REQUEST', summary: 'Wages unpaid for eight months by a construction subcontractor.', request: 'Help recovering the wages.', petitioners, ...overrides,
});

/**
 * A petitioner's ID and phone numbers, as the issue asks: ciphertext in the database, masked
 * in every answer, whole only for staff of an agency that may read the petition who say why,
 * and every such read in the audit log; never in a log line, an error or an event.
 */
describe('petitioners\' personal data', () => {
  let chain: ProcuratorateChain;
  let reception: Actor;
  let auditor: Actor;
  const idNumber = madeUpIdNumber();
  const mobile = madeUpMobile();
  const dashedMobile = `${mobile.slice(0, 3)}-${mobile.slice(3, 7)}-${mobile.slice(7)}`;
  const everyNumberUsed: string[] = [idNumber, idNumber.toLowerCase(), mobile, dashedMobile];
  let petitionId: string;
  let petitioner: RegisteredPetitioner;

  beforeAll(async () => {
    chain = await seedProcuratorateChain();
    reception = await Actor.as({ userId: `reception-${chain.agencies.city.id}`, name: '接待员', agencyId: chain.agencies.city.id, roles: [Role.RECEPTION] });
    auditor = await Actor.as({ userId: `auditor-${chain.agencies.province.id}`, name: '审计员', agencyId: chain.agencies.province.id, roles: [Role.AUDITOR] });
    const { registerPetition } = await reception.query<Registered>(REGISTER, {
      input: petitionInput([{ name: ' 王建国 ', idNumber: idNumber.toLowerCase(), phone: dashedMobile, address: '安徽省蚌埠市龙子湖区', vulnerabilities: ['ELDERLY'] }]),
    });
    petitionId = registerPetition.petition.id;
    petitioner = registerPetition.petition.petitioners[0]!;
  });

  const auditRowsOf = (subjectId: string) => petitionsRows<{ user_id: string; agency_id: string; purpose: string; operation: string; fields: string[]; row: string }>(
    'select user_id, agency_id, purpose, operation, fields, row_to_json(a)::text as row from personal_data_access a where subject_id = $1 order by at', [subjectId],
  );

  it('answers with the numbers masked', () => {
    expect(petitioner).toEqual({
      id: expect.any(String), name: '王建国', gender: expect.stringMatching(/^(MALE|FEMALE)$/), documentType: 'RESIDENT_ID',
      idNumber: maskIdNumber(idNumber), phone: maskPhone(mobile), address: '安徽省蚌埠市龙子湖区', vulnerabilities: ['ELDERLY'], representative: false,
    });
    expect(petitioner.idNumber).toMatch(/^3403\*{10}\d{3}[\dX]$/);
    expect(petitioner.phone).toMatch(/^139\*{4}\d{4}$/);
  });

  it('stores ciphertext with its key id and a keyed hash, and nothing of the numbers anywhere in the petition\'s rows or its event', async () => {
    const [row] = await petitionsRows<Record<string, string>>('select * from petitioner where id = $1', [petitioner.id]);
    expect(row).toMatchObject({ id_number_key_id: 'dev', phone_key_id: 'dev', id_number_hash: expect.stringMatching(/^[0-9a-f]{64}$/), phone_hash: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(Buffer.from(row!.id_number_ciphertext!, 'base64url').length).toBe(12 + 18 + 16);
    const everything = await petitionsRows<{ text: string }>(
      `select row_to_json(t)::text as text from petitioner t where petition_id = $1::uuid
       union all select row_to_json(p)::text from petition p where id = $1::uuid
       union all select payload::text from outbox_message where message_key = $1::text
       union all select row_to_json(h)::text from workflow_history_entry h where aggregate_id = $1::text`,
      [petitionId],
    );
    expect(everything.length).toBeGreaterThanOrEqual(4);
    for (const { text } of everything) {
      for (const secret of [idNumber, mobile, idNumber.slice(6, 14), mobile.slice(3)]) expect(text).not.toContain(secret);
    }
  });

  it('shows them whole to staff of the receiving agency and its superiors who give a purpose, one audit entry per read', async () => {
    const handler = await chain.cityHandler.query<{ petitionerPersonalData: Record<string, unknown> }>(UNMASK, { petitionerId: petitioner.id, purpose: 'Calling back about the procedural reply' });
    expect(handler.petitionerPersonalData).toEqual({ petitionerId: petitioner.id, documentType: 'RESIDENT_ID', idNumber, phone: mobile });
    expect(await auditRowsOf(petitioner.id)).toEqual([{
      user_id: chain.cityHandler.identity.userId, agency_id: chain.agencies.city.id, purpose: 'Calling back about the procedural reply', operation: 'UNMASK_PETITIONER', fields: ['ID_NUMBER', 'PHONE'], row: expect.any(String),
    }]);

    // Only what is asked for is shown, and only that is recorded.
    const superior = await chain.provinceHandler.query<{ petitionerPersonalData: Record<string, unknown> }>(UNMASK, { petitionerId: petitioner.id, purpose: '督办: checking the reply', fields: ['PHONE'] });
    expect(superior.petitionerPersonalData).toMatchObject({ idNumber: null, phone: mobile });
    const rows = await auditRowsOf(petitioner.id);
    expect(rows.map((row) => [row.user_id, row.fields])).toEqual([[chain.cityHandler.identity.userId, ['ID_NUMBER', 'PHONE']], [chain.provinceHandler.identity.userId, ['PHONE']]]);
    for (const row of rows) for (const secret of [idNumber, mobile]) expect(row.row).not.toContain(secret);
  });

  it('refuses other roles with FORBIDDEN, other agencies with NOT_FOUND, a blank purpose with BAD_USER_INPUT, and audits none of them', async () => {
    const before = (await auditRowsOf(petitioner.id)).length;
    const ask = (actor: Actor, purpose = 'Curious') => errorCodes(UNMASK, { petitionerId: petitioner.id, purpose }, actor.token);
    expect(await ask(auditor)).toEqual(['FORBIDDEN']);
    expect(await ask(chain.commissionStaff)).toEqual(['FORBIDDEN']);
    expect(await ask(chain.womensFederationStaff)).toEqual(['FORBIDDEN']);
    // Agencies that may not read the petition are told the petitioner does not exist.
    expect(await ask(chain.siblingHandler)).toEqual(['NOT_FOUND']);
    expect(await ask(chain.countyHandler)).toEqual(['NOT_FOUND']);
    expect(await ask(chain.cityHandler, '   ')).toEqual(['BAD_USER_INPUT']);
    expect(await errorCodes(UNMASK, { petitionerId: petitioner.id }, chain.cityHandler.token)).toEqual(['BAD_USER_INPUT']);
    expect(await auditRowsOf(petitioner.id)).toHaveLength(before);
  });

  it('lets auditors read the audit log, and no one else', async () => {
    const { personalDataAccessLog } = await auditor.query<{ personalDataAccessLog: { edges: { node: Record<string, unknown> }[] } }>(AUDIT_LOG, { filter: { petitionId } });
    expect(personalDataAccessLog.edges.map(({ node }) => node)).toEqual([
      expect.objectContaining({ userId: chain.provinceHandler.identity.userId, agency: { id: chain.agencies.province.id }, purpose: '督办: checking the reply', operation: 'UNMASK_PETITIONER', subjectType: 'Petitioner', subjectId: petitioner.id, fields: ['PHONE'] }),
      expect.objectContaining({ userId: chain.cityHandler.identity.userId, roles: ['HANDLER'], fields: ['ID_NUMBER', 'PHONE'] }),
    ]);
    expect(await errorCodes(AUDIT_LOG, { filter: { petitionId } }, chain.cityHandler.token)).toEqual(['FORBIDDEN']);
  });

  it('keeps the audit log append-only in the database itself', async () => {
    await expect(petitionsRows('update personal_data_access set purpose = $2 where subject_id = $1', [petitioner.id, 'rewritten'])).rejects.toThrow(/append-only/);
    await expect(petitionsRows('delete from personal_data_access where subject_id = $1', [petitioner.id])).rejects.toThrow(/append-only/);
    expect(await auditRowsOf(petitioner.id)).toHaveLength(2);
  });

  describe('bad input', () => {
    const rowsOfCity = async () => (await petitionsRows<{ count: number }>(
      'select (select count(*) from petition where receiving_agency_id = $1)::int + (select count(*) from petitioner t join petition p on p.id = t.petition_id where p.receiving_agency_id = $1)::int as count',
      [chain.agencies.city.id],
    ))[0]!.count;

    it('is refused with BAD_USER_INPUT naming the field, without quoting a number, and writes nothing', async () => {
      const before = await rowsOfCity();
      const wrongId = withWrongCheckDigit(madeUpIdNumber());
      everyNumberUsed.push(wrongId);
      const refusals = await Promise.all([
        graphql(REGISTER, { input: petitionInput([{ name: '张三', idNumber: wrongId }]) }, reception.token),
        graphql(REGISTER, { input: petitionInput(Array.from({ length: 6 }, (_, index) => ({ name: `代表${index}`, representative: true })), { headCount: 40 }) }, reception.token),
        graphql(REGISTER, { input: petitionInput([{ name: '张三' }], { summary: '长'.repeat(100_000) }) }, reception.token),
        graphql(REGISTER, { input: petitionInput([{ name: '张三' }, { name: '李四' }], { headCount: 1 }) }, reception.token),
        graphql(REGISTER, { input: petitionInput([{ name: '张三' }], { jurisdictionAgencyId: 'no-such-agency' }) }, reception.token),
      ]);
      expect(refusals.map((refusal) => [refusal.errors?.[0]?.extensions?.code, (refusal.errors?.[0]?.extensions?.invalidFields as { field: string }[])?.[0]?.field])).toEqual([
        ['BAD_USER_INPUT', 'petitioners.0.idNumber'],
        ['BAD_USER_INPUT', 'petitioners'],
        ['BAD_USER_INPUT', 'summary'],
        ['BAD_USER_INPUT', 'headCount'],
        ['BAD_USER_INPUT', 'jurisdictionAgencyId'],
      ]);
      expect(JSON.stringify(refusals[0])).not.toContain(wrongId.slice(0, 17));
      expect(await rowsOfCity()).toBe(before);
    });

    it('never echoes a number GraphQL itself could not read', async () => {
      const numeric = madeUpIdNumber().replace(/X$/, '7');
      everyNumberUsed.push(numeric);
      const refused = await graphql(`mutation { registerPetition(input: { channel: LETTER, category: REQUEST, summary: "Wages unpaid.", request: "Wages.", petitioners: [{ name: "张三", idNumber: ${numeric} }] }) { petition { id } } }`, {}, reception.token);
      expect(refused.errors?.[0]?.extensions?.code).toMatch(/GRAPHQL_VALIDATION_FAILED|BAD_USER_INPUT/);
      expect(JSON.stringify(refused)).not.toContain(numeric);
    });
  });

  it('never writes an ID or phone number to a service\'s log', async () => {
    const logDir = join(testEnv.dataDir, 'logs');
    const files = (await readdir(logDir)).filter((file) => file.endsWith('.log'));
    expect(files).toContain('petitions.log');
    for (const file of files) {
      const text = await readFile(join(logDir, file), 'utf8');
      for (const secret of everyNumberUsed) expect({ file, leaked: text.includes(secret) }).toEqual({ file, leaked: false });
    }
  });
});
