/**
 * Who may do what (the access matrix), in one place: the end-to-end test runs every case for
 * every caller through the gateway and directly against the subgraph that owns it, and the
 * README's table is printed from it (`npm run -s access-matrix`). Plain data: nothing here
 * needs the platform.
 */

/** What a caller gets. */
export type Outcome =
  /** Answered with the record (a list: with the record in it). */
  | 'ALLOWED'
  /** A list answered without the record: the caller's scope does not reach it. */
  | 'HIDDEN'
  /** Refused as if the record did not exist: the caller may not know it does. */
  | 'NOT_FOUND'
  /** Refused for the caller's role (or, for a record it may read, for its part in it). */
  | 'FORBIDDEN';

/**
 * The callers, in the README's column order. The petition was received by a county
 * procuratorate, referred to a women's federation and assigned to a court by the commission.
 */
export const CALLERS = {
  reception: 'county reception',
  handler: 'county handler',
  leader: 'county leader',
  superior: 'city handler (superior)',
  stranger: 'sibling county handler',
  partner: 'partner (addressee)',
  otherPartner: 'other partner',
  court: 'court (assignee)',
  commission: 'commission',
  auditor: 'city auditor',
  admin: 'administrator',
} as const;

export type Caller = keyof typeof CALLERS;

export type Subgraph = 'agencies' | 'petitions' | 'assistance' | 'joint-visits';

/** The records every case works on, made once by the test. */
export interface World {
  petitionId: string;
  /** A petition the city received itself, assigned to no one. */
  cityPetitionId: string;
  petitionerId: string;
  countyId: string;
  assistanceCaseId: string;
  referralId: string;
  assignmentId: string;
  staffId: string;
}

export interface AccessCase {
  /** The README's row. */
  name: string;
  subgraph: Subgraph;
  query: string;
  variables: (world: World, fresh: Record<string, string>) => Record<string, unknown>;
  /** For a list: whether the answer holds the record. */
  holds?: (data: Record<string, unknown>, world: World) => boolean;
  /** A record made for this call alone (a mutation that succeeds changes what it acts on). */
  fresh?: 'referral' | 'assignment';
  expected: Record<Caller, Outcome>;
}

/** One expectation for all callers, then the exceptions. */
function only(outcome: Outcome, others: Outcome, callers: Caller[]): Record<Caller, Outcome> {
  return Object.fromEntries((Object.keys(CALLERS) as Caller[]).map((caller) => [caller, callers.includes(caller) ? outcome : others])) as Record<Caller, Outcome>;
}

const edgesHold = (connection: unknown, id: string) =>
  ((connection as { edges: { node: { id: string } }[] }).edges).some((edge) => edge.node.id === id);

export const ACCESS_MATRIX: AccessCase[] = [
  {
    name: '`petition(id)`',
    subgraph: 'petitions',
    query: 'query($id: ID!) { petition(id: $id) { id trackingNumber } }',
    variables: (world) => ({ id: world.petitionId }),
    expected: { ...only('ALLOWED', 'NOT_FOUND', ['reception', 'handler', 'leader', 'superior', 'court', 'commission', 'auditor', 'admin']) },
  },
  {
    name: '`petition(id)`, one the city received and no one was assigned',
    subgraph: 'petitions',
    query: 'query($id: ID!) { petition(id: $id) { id trackingNumber } }',
    variables: (world) => ({ id: world.cityPetitionId }),
    // Nothing flows down or sideways: the county does not read its superior's work, nor the court a petition it was not assigned.
    expected: { ...only('ALLOWED', 'NOT_FOUND', ['superior', 'commission', 'auditor', 'admin']) },
  },
  {
    name: '`petitions(filter: { receivingAgencyId })`',
    subgraph: 'petitions',
    query: 'query($agency: ID!) { petitions(first: 50, filter: { receivingAgencyId: $agency }) { edges { node { id } } } }',
    variables: (world) => ({ agency: world.countyId }),
    holds: (data, world) => edgesHold(data.petitions, world.petitionId),
    // Naming an agency whose list the caller may not read is refused; the agency itself is public.
    expected: { ...only('ALLOWED', 'FORBIDDEN', ['reception', 'handler', 'leader', 'superior', 'commission', 'auditor', 'admin']) },
  },
  {
    name: '`petitionerPersonalData` (whole ID number)',
    subgraph: 'petitions',
    query: 'query($id: ID!) { petitionerPersonalData(petitionerId: $id, purpose: "access matrix") { idNumber } }',
    variables: (world) => ({ id: world.petitionerId }),
    // The court reads the petition's summary for its assignment, not the person's numbers.
    expected: { ...only('ALLOWED', 'FORBIDDEN', ['reception', 'handler', 'leader', 'superior']), stranger: 'NOT_FOUND', court: 'NOT_FOUND' },
  },
  {
    name: '`assistanceCase(id)`',
    subgraph: 'assistance',
    query: 'query($id: ID!) { assistanceCase(id: $id) { id status } }',
    variables: (world) => ({ id: world.assistanceCaseId }),
    expected: { ...only('ALLOWED', 'NOT_FOUND', ['reception', 'handler', 'leader', 'superior', 'auditor', 'admin']) },
  },
  {
    name: '`referral(id)`',
    subgraph: 'assistance',
    query: 'query($id: ID!) { referral(id: $id) { id status } }',
    variables: (world) => ({ id: world.referralId }),
    expected: { ...only('ALLOWED', 'NOT_FOUND', ['reception', 'handler', 'leader', 'superior', 'partner', 'auditor', 'admin']) },
  },
  {
    name: '`referralsInbox`',
    subgraph: 'assistance',
    query: '{ referralsInbox(first: 50) { edges { node { id } } } }',
    variables: () => ({}),
    holds: (data, world) => edgesHold(data.referralsInbox, world.referralId),
    // Every agency's inbox holds what is addressed to it: the others' hold none of this one.
    expected: { ...only('ALLOWED', 'HIDDEN', ['partner']) },
  },
  {
    name: '`acknowledgeReferral` (a referral of its own per call)',
    subgraph: 'assistance',
    query: 'mutation($id: ID!) { acknowledgeReferral(id: $id) { id status } }',
    variables: (_world, fresh) => ({ id: fresh.referral }),
    fresh: 'referral',
    expected: { ...only('ALLOWED', 'NOT_FOUND', ['partner']), reception: 'FORBIDDEN', handler: 'FORBIDDEN', leader: 'FORBIDDEN', superior: 'FORBIDDEN', auditor: 'FORBIDDEN', admin: 'FORBIDDEN' },
  },
  {
    name: '`assignmentsInbox`',
    subgraph: 'joint-visits',
    query: '{ assignmentsInbox(first: 50) { edges { node { id } } } }',
    variables: () => ({}),
    holds: (data, world) => edgesHold(data.assignmentsInbox, world.assignmentId),
    expected: { ...only('ALLOWED', 'HIDDEN', ['court']) },
  },
  {
    name: '`reportAssignmentProgress` (an assignment of its own per call)',
    subgraph: 'joint-visits',
    query: 'mutation($id: ID!) { reportAssignmentProgress(id: $id, note: "access matrix") { id status } }',
    variables: (_world, fresh) => ({ id: fresh.assignment }),
    fresh: 'assignment',
    expected: { ...only('ALLOWED', 'NOT_FOUND', ['court']), commission: 'FORBIDDEN', reception: 'FORBIDDEN', handler: 'FORBIDDEN', leader: 'FORBIDDEN', superior: 'FORBIDDEN', auditor: 'FORBIDDEN', admin: 'FORBIDDEN' },
  },
  {
    name: '`overdueAssignments`',
    subgraph: 'joint-visits',
    query: '{ overdueAssignments(first: 5) { edges { node { id } } } }',
    variables: () => ({}),
    expected: { ...only('ALLOWED', 'FORBIDDEN', ['commission']) },
  },
  {
    name: '`auditLog`',
    subgraph: 'agencies',
    query: '{ auditLog { agencies(first: 1) { edges { node { id } } } } }',
    variables: () => ({}),
    expected: { ...only('ALLOWED', 'FORBIDDEN', ['auditor', 'admin']) },
  },
  {
    name: '`updateStaff` (a change of roles)',
    subgraph: 'agencies',
    query: 'mutation($id: ID!) { updateStaff(id: $id, input: { roles: [HANDLER] }) { id } }',
    variables: (world) => ({ id: world.staffId }),
    expected: { ...only('ALLOWED', 'FORBIDDEN', ['admin']) },
  },
];

/** The README's table: a row per case, a column per caller. */
export function matrixTable(): string {
  const callers = Object.keys(CALLERS) as Caller[];
  const mark: Record<Outcome, string> = { ALLOWED: '✅', HIDDEN: 'hidden', NOT_FOUND: 'NOT_FOUND', FORBIDDEN: 'FORBIDDEN' };
  return [
    `| | ${callers.map((caller) => CALLERS[caller]).join(' | ')} |`,
    `|---|${callers.map(() => '---').join('|')}|`,
    ...ACCESS_MATRIX.map((entry) => `| ${entry.name} | ${callers.map((caller) => mark[entry.expected[caller]]).join(' | ')} |`),
  ].join('\n');
}
