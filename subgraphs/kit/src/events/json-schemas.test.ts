import { randomUUID } from 'node:crypto';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { createEvent, topicLabel } from './contract';
import type { EventContract } from './contract';
import { allEventContracts } from './contracts';
import {
  compileEventContract,
  compileEventJsonSchema,
  createStrictEventAjv,
  eventContractFiles,
  eventContractIndex,
  eventJsonSchema,
  eventJsonSchemas,
  eventSchemaPath,
} from './json-schemas';

/** A valid `data` for every contract; a new contract without one fails the first test. */
const sampleData: Record<string, () => Record<string, unknown>> = {
  PetitionRegistered: () => ({
    petitionId: randomUUID(),
    trackingNumber: 'BB-2025-000123',
    channel: 'ONLINE',
    category: 'LAND',
    receivingAgencyId: 'bengbu-procuratorate',
    receivedAt: '2025-03-04T09:30:00+08:00',
    petitionerVulnerabilities: ['MINOR'],
  }),
  PetitionStatusChanged: () => ({
    petitionId: randomUUID(),
    action: 'ASSIGN',
    status: 'ASSIGNED',
    previousStatus: 'ACCEPTED',
    receivingAgencyId: 'bengbu-procuratorate',
    handlingAgencyId: 'bengbu-procuratorate',
    handlerStaffId: 'bengbu-procuratorate.wang-fang',
    substantivelyResolved: null,
  }),
  PetitionTransferred: () => ({
    petitionId: randomUUID(),
    trackingNumber: 'XF-20261121-7KQ2MD',
    fromAgencyId: 'bengbu-procuratorate',
    toAgencyId: 'huaiyuan-procuratorate',
    receivingAgencyId: 'bengbu-procuratorate',
    channel: 'LETTER',
    category: 'APPEAL',
    receivedAt: '2026-11-21T09:30:00+08:00',
  }),
  PetitionRiskWarningRaised: () => ({
    petitionId: randomUUID(),
    agencyId: 'bengbu-procuratorate',
    decision: 'NOT_PROSECUTING',
    assessedBy: 'bengbu-procuratorate.li-ming',
  }),
  ReferralIssued: () => ({
    referralId: randomUUID(),
    assistanceCaseId: randomUUID(),
    petitionId: randomUUID(),
    partnerAgencyId: 'bengbu-womens-federation',
    issuingAgencyId: 'bengbu-procuratorate',
    helpNeeded: 'LEGAL_AID',
    summary: 'Needs legal aid.',
    urgent: true,
  }),
  ReferralEscalated: () => ({
    referralId: randomUUID(),
    assistanceCaseId: randomUUID(),
    petitionId: randomUUID(),
    partnerAgencyId: 'bengbu-disabled-federation',
    superiorAgencyId: 'anhui-disabled-federation',
    issuingAgencyId: 'bengbu-procuratorate',
    helpNeeded: 'DISABILITY_SUPPORT',
    issuedAt: '2026-11-02T02:00:00.000Z',
    overdueSince: '2026-11-09T15:59:59.999Z',
    note: null,
  }),
  ReferralStatusChanged: () => ({
    referralId: randomUUID(),
    assistanceCaseId: randomUUID(),
    petitionId: randomUUID(),
    partnerAgencyId: 'bengbu-womens-federation',
    status: 'ACKNOWLEDGED',
    previousStatus: 'ISSUED',
    note: null,
  }),
  ReferralUpdateReported: () => ({ referralId: randomUUID(), action: 'ACCEPT', note: 'Accepted.', reportedBy: 'partner-system' }),
  AssistanceCaseOpened: () => ({
    assistanceCaseId: randomUUID(),
    petitionId: randomUUID(),
    handlingAgencyId: 'huaiyuan-procuratorate',
    jointAgencyId: null,
    priorityGroup: 'MINOR',
    origin: 'PETITION_CATEGORY',
    requestedAmountFen: null,
  }),
  AssistanceCaseStepTaken: () => ({
    assistanceCaseId: randomUUID(),
    petitionId: randomUUID(),
    handlingAgencyId: 'huaiyuan-procuratorate',
    jointAgencyId: 'bengbu-procuratorate',
    priorityGroup: 'RURAL_FALLEN_INTO_POVERTY',
    action: 'PAY',
    status: 'PARTLY_PAID',
    previousStatus: 'APPROVED',
    approvedAmountFen: 5_000_000,
    paidAmountFen: 2_000_000,
    paperworkPending: false,
  }),
  AssignmentCreated: () => ({
    assignmentId: randomUUID(),
    sessionId: null,
    petitionId: randomUUID(),
    assigneeAgencyId: 'bengbu-court',
    assignedByAgencyId: 'bengbu-commission',
    task: 'Report on enforcement.',
    dueAt: '2025-03-20T00:00:00Z',
  }),
  AssignmentStatusChanged: () => ({
    assignmentId: randomUUID(),
    petitionId: randomUUID(),
    assigneeAgencyId: 'bengbu-court',
    assignedByAgencyId: 'bengbu-commission',
    status: 'COMPLETED',
    previousStatus: 'IN_PROGRESS',
    note: 'Done.',
    reportedBy: 'judge-li',
  }),
  AssignmentUpdateReported: () => ({
    assignmentId: randomUUID(),
    action: 'REPORT_PROGRESS',
    note: 'Hearing scheduled for next week.',
    reportedBy: 'court-system-clerk-3',
  }),
  AssignmentEscalated: () => ({
    assignmentId: randomUUID(),
    petitionId: randomUUID(),
    assigneeAgencyId: 'bengbu-court',
    assignedByAgencyId: 'bengbu-commission',
    escalatedToAgencyId: 'anhui-high-court',
    escalatedToStaffId: null,
    note: 'Overdue by a week after two reminders.',
    dueAt: '2025-03-20T00:00:00Z',
  }),
  PetitionAssignedToAgency: () => ({
    assignmentId: randomUUID(),
    petitionId: randomUUID(),
    assigneeAgencyId: 'bengbu-court',
    assignedByAgencyId: 'bengbu-commission',
    role: 'LEAD',
    needsPersonalData: false,
  }),
  CaseCarryingVisitRecorded: () => ({
    visitId: randomUUID(),
    petitionId: randomUUID(),
    agencyId: 'huaiyuan-procuratorate',
    leaderStaffId: 'huaiyuan-procuratorate.yang-fan',
    visitedAt: '2025-12-31T15:30:00.000Z',
    visitDate: '2025-12-31',
    reason: 'PETITIONER_OLD_WEAK_OR_IMMOBILE',
    companionStaffIds: ['huaiyuan-procuratorate.han-lei'],
    followUpCount: 1,
  }),
  AgencyRegistered: () => agencySample(),
  AgencyUpdated: () => ({ ...agencySample(), changedFields: ['active'] }),
  StaffRegistered: () => staffSample(),
  StaffUpdated: () => ({ ...staffSample(), changedFields: ['roles', 'title'] }),
  CalendarCorrected: () => ({
    year: 2027,
    corrections: [
      { date: '2027-02-06', kind: 'WORKING_DAY', note: '2027 春节调休上班' },
      { date: '2027-02-10', kind: 'HOLIDAY', note: null },
    ],
    reason: '国办发明电〔2026〕x号',
    changedBy: 'platform-admin',
    revision: 3,
    changedAt: '2026-11-22T08:00:00.000Z',
  }),
  DeadlineApproaching: () => deadlineSample(),
  DeadlineMissed: () => deadlineSample(),
};

function agencySample() {
  return {
    agencyId: 'bengbu-court', name: '蚌埠市中级人民法院', englishName: 'Bengbu Intermediate People\'s Court', type: 'COURT', level: 'MUNICIPAL',
    parentId: null, regionCode: '340300', active: true, revision: 1, changedAt: '2026-11-22T08:00:00.000Z',
  };
}

function staffSample() {
  return {
    staffId: 'bengbu-court.sun-li', agencyId: 'bengbu-court', name: '孙丽', department: null, title: '法官',
    roles: ['HANDLER'], isLeader: false, active: true, revision: 2, changedAt: '2026-11-22T08:00:00.000Z',
  };
}

function deadlineSample() {
  return {
    clockId: randomUUID(), rule: 'PROCEDURAL_REPLY', subjectType: 'Petition', subjectId: randomUUID(),
    agencyId: 'bengbu-procuratorate', responsibleId: null, dueAt: '2026-10-02T23:59:59.999+08:00',
  };
}

function validEvent(contract: EventContract, agencyId: string | null = 'bengbu-procuratorate') {
  const data = sampleData[contract.type]();
  return createEvent(contract, randomUUID(), data, { service: 'kit-test', agencyId, traceparent: '00-abc-def-01' });
}

/** Strict Ajv2020 built here, not through the kit's helper, recording whatever ajv logs. */
function recordingAjv() {
  const logs: string[] = [];
  const record = (...args: unknown[]) => logs.push(args.map(String).join(' '));
  const ajv = new Ajv2020({ strict: true, strictTypes: true, strictTuples: true, strictRequired: true, allErrors: true, logger: { log: record, warn: record, error: record } });
  addFormats(ajv);
  return { ajv, logs };
}

const contracts = allEventContracts.map((contract) => [`${contract.type} v${contract.version}`, contract] as const);

describe('published event contracts (JSON Schema)', () => {
  it('have sample data for every contract', () => {
    expect(Object.keys(sampleData).sort()).toEqual(allEventContracts.map((contract) => contract.type).sort());
  });

  it.each(contracts)('%s declares draft 2020-12, names its topic in $comment and uses no vendor keywords', (_, contract) => {
    const schema = eventJsonSchema(contract);
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe(`https://xinfang.example/events/${encodeURI(eventSchemaPath(contract))}`);
    expect(schema.$comment).toContain(topicLabel(contract.topic));
    expect(JSON.stringify(schema)).not.toMatch(/"x-/);
  });

  it.each(contracts)('%s compiles under strict Ajv2020 + ajv-formats without logging anything', (_, contract) => {
    const { ajv, logs } = recordingAjv();
    expect(() => ajv.compile(eventJsonSchema(contract))).not.toThrow();
    expect(logs).toEqual([]);
  });

  it.each(contracts)('%s accepts an event built with createEvent, with and without nullable values', (_, contract) => {
    const { ajv } = recordingAjv();
    const validate = ajv.compile(eventJsonSchema(contract));
    for (const event of [validEvent(contract), validEvent(contract, null)]) {
      expect({ valid: validate(JSON.parse(JSON.stringify(event))), errors: validate.errors ?? null }).toEqual({ valid: true, errors: null });
    }
  });

  it.each(contracts)('%s rejects a wrong type literal, a missing data field and a non-uuid id, as zod does', (_, contract) => {
    const { ajv } = recordingAjv();
    const validate = ajv.compile(eventJsonSchema(contract));
    const event = validEvent(contract);
    const [firstField] = Object.keys(event.data as Record<string, unknown>);
    const { [firstField]: _dropped, ...dataMissingField } = event.data as Record<string, unknown>;
    const invalid = {
      'wrong type': { ...event, type: `${contract.type}Typo` },
      'wrong version': { ...event, version: contract.version + 1 },
      'missing data field': { ...event, data: dataMissingField },
      'non-uuid id': { ...event, id: 'not-a-uuid' },
      'bad time': { ...event, time: 'yesterday' },
    };
    for (const [why, candidate] of Object.entries(invalid)) {
      expect({ why, valid: validate(candidate) }).toEqual({ why, valid: false });
      expect({ why, zod: contract.schema.safeParse(candidate).success }).toEqual({ why, zod: false });
    }
    // The published schema describes what createEvent emits (zod's output), so it rejects
    // unknown properties, which zod's parse would strip instead.
    expect(validate({ ...event, extra: true })).toBe(false);
    expect(validate({ ...event, data: { ...(event.data as object), extra: true } })).toBe(false);
    expect(validate({ ...event, id: 'not-a-uuid' })).toBe(false);
    expect(validate.errors?.map((error) => error.instancePath)).toContain('/id');
  });

  it('compileEventContract and compileEventJsonSchema validate with the strict, throwing configuration', () => {
    const [contract] = allEventContracts;
    const event = validEvent(contract);
    expect(compileEventContract(contract.type, contract.version)(event)).toBe(true);
    expect(compileEventJsonSchema(eventJsonSchema(contract))({ ...event, id: 'nope' })).toBe(false);
    expect(() => compileEventContract(contract.type, 99)).toThrow(/No event contract/);
    expect(() => createStrictEventAjv().compile({ type: 'object', 'x-topic': 'a' })).toThrow(/unknown keyword/);
    // strictTypes only logs by default; here it must fail rather than pass quietly.
    expect(() => createStrictEventAjv().compile({ properties: { a: { type: 'string' } } })).toThrow(/strict mode/);
  });

  it('index.json lists every topic with its partitions, key and each event file, and nothing else', () => {
    const index = eventContractIndex();
    const listed = index.topics.flatMap((topic) => topic.events.map((event) => ({ topic, event })));
    expect(listed).toHaveLength(allEventContracts.length);
    for (const contract of allEventContracts) {
      const entry = listed.find(({ event }) => event.type === contract.type && event.version === contract.version);
      expect(entry?.topic).toMatchObject({ name: topicLabel(contract.topic), partitions: contract.topic.partitions, key: { field: 'subject' } });
      expect(entry?.event).toMatchObject({ schema: eventSchemaPath(contract), description: contract.description });
    }
    const files = eventContractFiles();
    expect([...files.keys()].sort()).toEqual([...eventJsonSchemas().keys(), 'index.json'].sort());
    expect(listed.map(({ event }) => event.schema).sort()).toEqual([...eventJsonSchemas().keys()].sort());
    expect(JSON.parse(files.get('index.json') ?? '')).toEqual(index);
  });
});
