import { randomUUID } from 'node:crypto';
import { AssignerProtocol } from 'kafkajs';
import { AgencyTopics, ReferralUpdateReported, agencyTopic, createLogger } from '@xinfang/kit';
import { readConnectorConfig, startConnector } from '@xinfang/partner-connector';
import type { RunningConnector } from '@xinfang/partner-connector';
import { AgencySystem } from './support/agency-system';
import { agencyCredentials, testKafka } from './support/kafka-access';
import { TopicListener, eventually } from './support/kafka-listener';
import { seedCity } from './support/seed';
import type { City } from './support/seed';
import { testEnv } from './support/test-env';

interface ReferralView {
  id: string;
  status: string;
  version: number;
  history: { action: string; actorName: string; actorAgency: { id: string }; via: string }[];
}

const admin = testKafka('test-connector-watcher').admin();

/** The connector a partner agency runs, in this process, with its own consumer group. */
async function connectorFor(agencyId: string, groupId = `agency.${agencyId}.connector-${randomUUID()}`): Promise<RunningConnector> {
  const credentials = await agencyCredentials(agencyId);
  const config = readConnectorConfig({
    PARTNER_AGENCY_ID: agencyId,
    KAFKA_BROKERS: testEnv.kafkaBrokers.join(','),
    // Logged in as the agency's own principal, whose ACLs keep it to the agency's topics.
    KAFKA_SASL_MECHANISM: 'scram-sha-512',
    KAFKA_SASL_USERNAME: credentials.username,
    KAFKA_SASL_PASSWORD: credentials.password,
    KAFKA_GROUP_ID: groupId,
    REPORTED_BY: 'civil-affairs-system',
    REPORTED_BY_NAME: '民政局转介系统',
  });
  const connector = await startConnector(config, createLogger('partner-connector', 'warn'));
  await eventually(async () => connector.ready(), Boolean);
  return connector;
}

/** The topics the group's members were given: what the connector reads, all of it. */
async function topicsReadBy(groupId: string): Promise<string[]> {
  const { groups: [group] } = await admin.describeGroups([groupId]);
  return (group?.members ?? []).flatMap((member) => Object.keys(AssignerProtocol.MemberAssignment.decode(member.memberAssignment)?.assignment ?? {}));
}

/** Once the group's committed offset reaches the topic's end, every answer to what it read is on the broker. */
async function caughtUp(groupId: string, topic: string): Promise<void> {
  const end = async () => (await admin.fetchTopicOffsets(topic)).map((partition) => partition.high);
  const committed = async () => (await admin.fetchOffsets({ groupId, topics: [topic] }))[0]?.partitions.map((partition) => partition.offset) ?? [];
  await eventually(async () => JSON.stringify(await committed()) === JSON.stringify(await end()), Boolean);
}

/**
 * A partner agency's own system, the connector from partner-connector/, reads the referrals on
 * its agency's topic and acknowledges them on its updates topic: the referral moves through the
 * same workflow step as the GraphQL mutation, and its history says the agency's system did it.
 */
describe('the partner connector', () => {
  let city: City;
  const running: RunningConnector[] = [];

  beforeAll(async () => {
    await admin.connect();
    city = await seedCity();
  });

  afterAll(async () => {
    await Promise.all(running.splice(0).map((connector) => connector.stop()));
    await admin.disconnect();
  });

  const referralsOf = async (assistanceCaseId: string) => {
    const { assistanceCase } = await city.handler.query<{ assistanceCase: { referrals: ReferralView[] } }>(
      `query($id: ID!) { assistanceCase(id: $id) { referrals { id status version history { action actorName actorAgency { id } via } } } }`,
      { id: assistanceCaseId },
    );
    return assistanceCase.referrals;
  };

  it('acknowledges its agency\'s referrals and nothing on any other agency\'s topic', async () => {
    const petition = await city.reception.registerPetition();
    const assistanceCase = await city.handler.openAssistanceCase(petition.id);
    const toFederation = await city.handler.issueReferral(assistanceCase.id, city.agencies.womensFederation.id);
    const toCivilAffairs = await city.handler.issueReferral(assistanceCase.id, city.agencies.civilAffairs.id);

    const groupId = `agency.${city.agencies.civilAffairs.id}.connector`;
    running.push(await connectorFor(city.agencies.civilAffairs.id, groupId));

    const referrals = await eventually(() => referralsOf(assistanceCase.id), (found) => found.find((r) => r.id === toCivilAffairs.id)?.status === 'ACKNOWLEDGED');
    expect(referrals.find((r) => r.id === toCivilAffairs.id)?.history.map(({ action, actorName, actorAgency, via }) => ({ action, actorName, agency: actorAgency.id, via }))).toEqual([
      { action: 'ISSUE', actorName: expect.any(String), agency: city.agencies.procuratorate.id, via: 'API' },
      { action: 'ACKNOWLEDGE', actorName: '民政局转介系统', agency: city.agencies.civilAffairs.id, via: 'KAFKA' },
    ]);
    // The federation's referral was issued first, on the federation's topic, which the connector never reads.
    expect(referrals.find((r) => r.id === toFederation.id)?.status).toBe('ISSUED');
    expect(await topicsReadBy(groupId)).toEqual([agencyTopic(AgencyTopics.referrals, city.agencies.civilAffairs.id).name]);
  });

  it('answers a referral once however often it reads it: a second reader from the start adds nothing', async () => {
    const agencyId = city.agencies.civilAffairs.id;
    const referralsTopic = agencyTopic(AgencyTopics.referrals, agencyId).name;
    const updates = await TopicListener.start(agencyTopic(AgencyTopics.referralUpdates, agencyId).name);
    const refused = await TopicListener.start(`${agencyTopic(AgencyTopics.referralUpdates, agencyId).name}.dlq`);
    try {
      const petition = await city.reception.registerPetition();
      const assistanceCase = await city.handler.openAssistanceCase(petition.id);
      const referral = await city.handler.issueReferral(assistanceCase.id, agencyId);
      const first = await connectorFor(agencyId);
      running.push(first);
      await eventually(() => referralsOf(assistanceCase.id), ([found]) => found?.status === 'ACKNOWLEDGED');

      // A second connector with no committed offsets (a lost group, a restored backup) reads the whole topic again.
      const replayGroup = `agency.${agencyId}.connector-replay-${randomUUID()}`;
      running.push(await connectorFor(agencyId, replayGroup));
      await caughtUp(replayGroup, referralsTopic);

      // Whatever it sent was the first answer again, with the same event id.
      const answers = updates.all((message) => message.key === referral.id);
      expect(new Set(answers.map((message) => message.event.id)).size).toBe(1);

      // An update after all of them on the same partition: once it is applied, everything before it was handled.
      const system = await AgencySystem.connect(agencyId);
      try {
        await system.send(AgencyTopics.referralUpdates, system.event(ReferralUpdateReported, referral.id, { referralId: referral.id, action: 'ACCEPT', note: null, reportedBy: 'caseworker-3' }));
      } finally {
        await system.disconnect();
      }
      const [accepted] = await eventually(() => referralsOf(assistanceCase.id), ([found]) => found?.status === 'ACCEPTED');
      expect(accepted?.version).toBe(3); // ISSUED → ACKNOWLEDGED → ACCEPTED, acknowledged once
      expect(accepted?.history.map((entry) => entry.action)).toEqual(['ISSUE', 'ACKNOWLEDGE', 'ACCEPT']);
      // A second acknowledgement would have been refused as an illegal step and parked here.
      expect(refused.all((message) => message.key === referral.id)).toEqual([]);
    } finally {
      await Promise.all([updates.stop(), refused.stop()]);
    }
  });
});
