import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { Client } from 'pg';
import { assistanceSubgraph } from '@xinfang/assistance';
import { freePort, startKafka } from '@xinfang/infra';
import type { RunningKafka } from '@xinfang/infra';
import { AgencyTopics, Role, agencyTopic, createLogger, subgraphDatabaseUrl } from '@xinfang/kit';
import type { RunningSubgraph } from '@xinfang/kit';
import { expectData } from './support/graphql-client';
import { projectAgenciesInto } from './support/directory';
import { startInProcess } from './support/in-process';
import { projectPetitionsInto } from './support/known-petitions';
import { sameAccessAsPlatform } from './support/kafka-access';
import { TopicListener, eventually } from './support/kafka-listener';
import { tokenFor } from './support/seed';
import { testEnv } from './support/test-env';

const DATABASE = 'assistance_outage_test';

/**
 * Fault 4 (the referral side): referrals issued while Kafka is unreachable are not lost: each
 * waits in the outbox, in the same transaction as the referral, and is published once a
 * broker answers there. Meanwhile the API answers as fast as ever, since no request waits on
 * Kafka (a request that did would take the client's seconds of connection retries).
 */
describe('the outbox while Kafka is down', () => {
  let kafkaPort: number;
  let assistance: RunningSubgraph;
  let kafka: RunningKafka | undefined;
  let listener: TopicListener | undefined;
  let db: Client;

  beforeAll(async () => {
    kafkaPort = await freePort();
    assistance = await startInProcess(assistanceSubgraph, { database: DATABASE, kafkaBrokers: [`127.0.0.1:${kafkaPort}`] });
    await projectAgenciesInto(DATABASE, ['a-civil-affairs-bureau']);
    db = new Client({ connectionString: subgraphDatabaseUrl(testEnv.databaseUrl, DATABASE) });
    await db.connect();
  });

  afterAll(async () => {
    await listener?.stop();
    await assistance.stop();
    await kafka?.stop();
    await db.end();
  });

  const outboxRowFor = async (referralId: string) => {
    const { rows } = await db.query<{ sent_at: Date | null; attempts: number; last_error: string | null }>(
      `select sent_at, attempts, last_error from outbox_message where message_key = $1 and event_type = 'ReferralIssued'`,
      [referralId],
    );
    return rows[0];
  };

  const issueReferral = async (token: string, agencyId: string) => {
    const petitionId = randomUUID();
    await projectPetitionsInto(DATABASE, [petitionId], agencyId);
    const { openAssistanceCase } = await expectData<{ openAssistanceCase: { id: string } }>(
      `mutation($input: OpenAssistanceCaseInput!) { openAssistanceCase(input: $input) { id } }`,
      { input: { petitionId, applicantName: '申请人', hardship: 'Hardship caused by the case.', requestedAmountFen: 0 } },
      token,
      assistance.url,
    );
    const startedAt = Date.now();
    const { issueReferral: referral } = await expectData<{ issueReferral: { id: string; status: string } }>(
      `mutation($input: IssueReferralInput!) { issueReferral(input: $input) { id status } }`,
      { input: { assistanceCaseId: openAssistanceCase.id, partnerAgencyId: 'a-civil-affairs-bureau', helpNeeded: 'SOCIAL_ASSISTANCE', summary: 'Needs minimum living allowance.', legalGround: { ground: 'STATUTORY_DUTY', citation: '《社会救助暂行办法》第五十条' } } },
      token,
      assistance.url,
    );
    return { ...referral, answeredInMs: Date.now() - startedAt };
  };

  it('keeps the ReferralIssued events pending, answering meanwhile, then publishes each once the broker is back', async () => {
    const agencyId = `procuratorate-${randomUUID()}`;
    const token = await tokenFor({ userId: 'outage-handler', name: 'Handler', agencyId, roles: [Role.HANDLER] });
    const referrals: Awaited<ReturnType<typeof issueReferral>>[] = [];
    for (let count = 0; count < 3; count++) referrals.push(await issueReferral(token, agencyId));
    expect(referrals.map((referral) => referral.status)).toEqual(['ISSUED', 'ISSUED', 'ISSUED']);
    // Far below the Kafka client's connection timeout (3 s) and retries: nothing waited on the broker.
    expect(Math.max(...referrals.map((referral) => referral.answeredInMs))).toBeLessThan(2_000);
    const referral = referrals[0]!;

    const failing = await eventually(() => outboxRowFor(referral.id), (row) => (row?.attempts ?? 0) > 0);
    expect(failing).toMatchObject({ sent_at: null });
    expect(failing?.last_error).toEqual(expect.any(String));

    kafka = await startKafka({
      dataDir: join(testEnv.dataDir, `kafka-outage-${kafkaPort}`),
      port: kafkaPort,
      fresh: true,
      logger: createLogger('outage-kafka', 'warn'),
      ...sameAccessAsPlatform(),
    });
    // A broker that has never seen this agency: the relay makes the agency's topic as it publishes.
    listener = await TopicListener.start(agencyTopic(AgencyTopics.referrals, 'a-civil-affairs-bureau').name, `agency.a-civil-affairs-bureau.outage-${randomUUID()}`, [kafka.brokers]);
    for (const { id } of referrals) {
      const delivered = await listener.next((message) => message.event.subject === id, 90_000);
      expect(delivered.event).toMatchObject({ type: 'ReferralIssued', data: { referralId: id, partnerAgencyId: 'a-civil-affairs-bureau' } });
      expect(delivered.headers['event-id']).toBe(delivered.event.id);
      const sent = await eventually(() => outboxRowFor(id), (row) => row?.sent_at != null);
      expect(sent?.last_error).toBeNull();
    }
    // One event per referral, each with its own id: a partner's inbox applies each once.
    const ids = new Set(listener.all((message) => referrals.some(({ id }) => id === message.event.subject)).map((message) => message.event.id));
    expect(ids.size).toBe(3);
  }, 150_000);
});
