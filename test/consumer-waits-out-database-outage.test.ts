import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { Kafka, Partitioners, logLevel } from 'kafkajs';
import type { Producer } from 'kafkajs';
import { assistanceSubgraph } from '@xinfang/assistance';
import { ReferralUpdateReported, Role, Topics, createEvent } from '@xinfang/kit';
import type { RunningSubgraph } from '@xinfang/kit';
import { expectData } from './support/graphql-client';
import { projectAgenciesInto } from './support/directory';
import { startInProcess } from './support/in-process';
import { TopicListener, eventually } from './support/kafka-listener';
import { tokenFor } from './support/seed';
import { TcpRelay } from './support/tcp-relay';
import { testEnv } from './support/test-env';

/**
 * When the consumer's database is unreachable, a partner's update is not its fault: it must
 * wait on its partition and be applied once the database is back, not be dead-lettered.
 */
describe('a consumer whose database goes away', () => {
  const suffix = randomUUID().slice(0, 8);
  const relay = new TcpRelay({ host: '127.0.0.1', port: Number(new URL(testEnv.databaseUrl).port) });
  let assistance: RunningSubgraph;
  let producer: Producer;
  let deadLetters: TopicListener;

  beforeAll(async () => {
    await relay.open();
    assistance = await startInProcess(assistanceSubgraph, { database: 'assistance_db_outage_test', databasePort: relay.port, consumerGroupSuffix: suffix });
    producer = new Kafka({ clientId: 'partner-system', brokers: testEnv.kafkaBrokers, logLevel: logLevel.NOTHING }).producer({ createPartitioner: Partitioners.DefaultPartitioner });
    await producer.connect();
    deadLetters = await TopicListener.start(`${Topics.referralUpdates.name}.dlq`);
    await eventually(() => fetch(assistance.url.replace('/graphql', '/health/ready')).then((res) => res.json() as Promise<{ checks: Record<string, { ready?: boolean }> }>),
      (body) => Object.entries(body.checks).some(([name, check]) => name.startsWith('consumer:') && check.ready === true));
  });

  afterAll(async () => {
    await deadLetters.stop();
    await producer.disconnect();
    await assistance.stop();
    await relay.cut();
  });

  it('holds the update through the outage and applies it afterwards', async () => {
    const partnerAgencyId = `womens-federation-${suffix}`;
    await projectAgenciesInto('assistance_db_outage_test', [partnerAgencyId]);
    const handler = await tokenFor({ userId: 'outage-handler', name: 'Handler', agencyId: `procuratorate-${suffix}`, roles: [Role.HANDLER] });
    const call = <Data>(query: string, variables: Record<string, unknown>) => expectData<Data>(query, variables, handler, assistance.url);
    const { openAssistanceCase } = await call<{ openAssistanceCase: { id: string } }>(
      `mutation($input: OpenAssistanceCaseInput!) { openAssistanceCase(input: $input) { id } }`,
      { input: { petitionId: randomUUID(), applicantName: '申请人', hardship: 'Hardship caused by the case.', requestedAmountFen: 0 } },
    );
    const { issueReferral: referral } = await call<{ issueReferral: { id: string } }>(
      `mutation($input: IssueReferralInput!) { issueReferral(input: $input) { id } }`,
      { input: { assistanceCaseId: openAssistanceCase.id, partnerAgencyId, helpNeeded: 'PSYCHOLOGICAL_COUNSELLING', summary: 'Needs counselling.', dataSharingBasis: 'CONSENT' } },
    );

    await relay.cut();
    const update = createEvent(ReferralUpdateReported, referral.id, { referralId: referral.id, action: 'ACKNOWLEDGE', note: null, reportedBy: 'caseworker' }, { service: 'partner-system', agencyId: partnerAgencyId });
    await producer.send({ topic: Topics.referralUpdates.name, messages: [{ key: referral.id, value: JSON.stringify(update), headers: { 'event-id': update.id } }] });
    await sleep(8000); // longer than every attempt the runner makes before giving up on an event
    await relay.open();

    const status = await eventually(
      async () => (await call<{ assistanceCase: { referrals: { status: string }[] } }>(`query($id: ID!) { assistanceCase(id: $id) { referrals { status } } }`, { id: openAssistanceCase.id })).assistanceCase.referrals[0]?.status,
      (value) => value === 'ACKNOWLEDGED',
      60_000,
    );
    expect(status).toBe('ACKNOWLEDGED');
    // This group reads the topic from the start, so other tests' updates (for referrals it
    // does not have) are dead-lettered by it too; what matters is that this one was not.
    const thisUpdateParkedByUs = (m: { headers: Record<string, string> }) =>
      m.headers['event-id'] === update.id && m.headers['dlq-consumer-group']?.endsWith(suffix) === true;
    expect(deadLetters.all(thisUpdateParkedByUs)).toEqual([]);
  }, 120_000);
});
