import { performance } from 'node:perf_hooks';
import { Kafka, logLevel } from 'kafkajs';
import { saslOf } from '@xinfang/infra';
import type { RunningPlatform } from '@xinfang/infra';
import { AgencyTopics, agencyTopic } from '@xinfang/kit';
import { post } from './graphql-post';
import { summarize } from './measure';
import type { LatencySummary } from './measure';

export type HandOffFigures = LatencySummary & { mutationP50: number };

export interface HandOffActors {
  petitionIds: string[];
  caseIds: string[];
  handler: string;
  reception: string;
  commission: string;
}

const PARTNER = 'bengbu-womens-federation';
const ASSIGNEE = 'bengbu-court';
const CONSENT = { givenBy: 'APPLICANT', covers: ['NAME', 'CONTACT'], form: 'WRITTEN' };

/**
 * From sending a hand-off mutation to the receiving agency's Kafka consumer holding its event
 * (the outbox, the relay and Kafka in between), one at a time, `count` referrals to a partner and `count`
 * assignments to a court. Cases for the referrals are opened first (beyond the ones given).
 */
export async function handOffs(platform: RunningPlatform, actors: HandOffActors, count: number): Promise<{ referrals: HandOffFigures; assignments: HandOffFigures }> {
  const gateway = (query: string, variables: Record<string, unknown>, token: string) => post(platform.gatewayUrl, query, variables, token);
  const caseIds = [...actors.caseIds];
  while (caseIds.length < count) {
    const { registerPetition } = await gateway(`mutation($input: RegisterPetitionInput!) { registerPetition(input: $input) { petition { id } } }`,
      { input: { channel: 'LETTER', category: 'REQUEST', petitionerName: `申请人${caseIds.length}`, summary: 'Seeded petition for the hand-off benchmark.', request: 'An answer.' } }, actors.reception) as { registerPetition: { petition: { id: string } } };
    const opened = await untilKnown(() => gateway(`mutation($input: OpenAssistanceCaseInput!) { openAssistanceCase(input: $input) { id } }`,
      { input: { petitionId: registerPetition.petition.id, applicantName: '申请人', hardship: 'Seeded hardship for the benchmark.', requestedAmountFen: 100_000 } }, actors.handler));
    caseIds.push((opened.openAssistanceCase as { id: string }).id);
  }
  const referrals = await timeHandOffs(platform, agencyTopic(AgencyTopics.referrals, PARTNER).name, count, async (i) => {
    const data = await gateway(`mutation($input: IssueReferralInput!) { issueReferral(input: $input) { id } }`,
      { input: { assistanceCaseId: caseIds[i], partnerAgencyId: PARTNER, helpNeeded: 'PSYCHOLOGICAL_COUNSELLING', summary: 'Benchmark referral.', consent: { ...CONSENT, givenAt: new Date().toISOString() } } }, actors.handler);
    return (data.issueReferral as { id: string }).id;
  });
  const assignments = await timeHandOffs(platform, agencyTopic(AgencyTopics.assignments, ASSIGNEE).name, count, async (i) => {
    const data = await gateway(`mutation($input: CreateAssignmentInput!) { createAssignment(input: $input) { id } }`,
      { input: { petitionId: actors.petitionIds[i % actors.petitionIds.length], lead: { agencyId: ASSIGNEE, task: 'Benchmark assignment.', workingDays: 15 } } }, actors.commission);
    return (data.createAssignment as { id: string }).id;
  });
  return { referrals, assignments };
}

/** Sends `count` hand-offs one at a time; each is timed until a consumer of `topic` holds the message keyed by its id. */
async function timeHandOffs(platform: RunningPlatform, topic: string, count: number, send: (i: number) => Promise<string>): Promise<HandOffFigures> {
  const consumer = new Kafka({ clientId: 'bench-receiver', brokers: platform.kafkaBrokers.split(','), logLevel: logLevel.NOTHING, ...(platform.kafkaPrincipals ? { sasl: saslOf(platform.kafkaPrincipals.admin) } : {}) })
    .consumer({ groupId: `bench-receiver-${Date.now()}`, maxWaitTimeInMs: 100 });
  const arrivals = new Map<string, number>();
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: false });
  await consumer.run({ eachMessage: async ({ message }) => { arrivals.set(message.key?.toString() ?? '', performance.now()); } });
  await new Promise((resolve) => setTimeout(resolve, 3000)); // let the group settle before timing
  const sent = new Map<string, number>();
  const mutation: number[] = [];
  try {
    for (let i = 0; i < count; i++) {
      const start = performance.now();
      const id = await send(i);
      mutation.push(performance.now() - start);
      sent.set(id, start);
      const deadline = performance.now() + 30_000;
      while (!arrivals.has(id) && performance.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 1));
    }
  } finally {
    await consumer.disconnect();
  }
  const samples = [...sent].filter(([id]) => arrivals.has(id)).map(([id, start]) => arrivals.get(id)! - start);
  if (samples.length < sent.size) throw new Error(`${sent.size - samples.length} hand-offs on ${topic} never reached the consumer`);
  return { ...summarize(samples), mutationP50: summarize(mutation).p50 };
}

/** Retries what judicial assistance refuses for a petition it has not heard of yet, for up to 30 s. */
export async function untilKnown<T>(attempt: () => Promise<T>): Promise<T> {
  for (const deadline = Date.now() + 30_000; ; ) {
    try {
      return await attempt();
    } catch (error) {
      if (Date.now() > deadline || !String(error).includes('is known to judicial assistance')) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}
