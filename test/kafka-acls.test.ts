import { randomUUID } from 'node:crypto';
import { Kafka, Partitioners, logLevel } from 'kafkajs';
import { saslOf } from '@xinfang/infra';
import type { KafkaCredentials } from '@xinfang/infra';
import { AgencyTopics, Topics, agencyPrefix, agencyTopic } from '@xinfang/kit';
import { agencyCredentials, kafkaAdmin, subgraphCredentials, testKafka } from './support/kafka-access';
import { testEnv } from './support/test-env';
import { seedCity } from './support/seed';
import type { City } from './support/seed';

const AUTHORIZATION_FAILED = /not authorized/i;
const GROUP_REFUSED = /GROUP_AUTHORIZATION_FAILED/;

/** Sends one message as these credentials; KafkaJS gives up at once on a refusal. */
async function write(as: KafkaCredentials | null, topic: string): Promise<void> {
  const producer = testKafka(`acl-writer-${randomUUID()}`, { as, retries: 0 }).producer({ createPartitioner: Partitioners.DefaultPartitioner, allowAutoTopicCreation: false });
  await producer.connect();
  try {
    await producer.send({ topic, acks: -1, messages: [{ key: 'acl-test', value: JSON.stringify({ probe: randomUUID() }) }] });
  } finally {
    await producer.disconnect();
  }
}

/**
 * Reads the first message of the topic in the group, as these credentials; a refusal rejects
 * with the broker's error types. KafkaJS reports a refused group as "Failed to find group
 * coordinator" and names the broker's GROUP_AUTHORIZATION_FAILED only in its debug log.
 */
async function readFirst(as: KafkaCredentials, topic: string, groupId: string): Promise<string> {
  const brokerErrors: string[] = [];
  const kafka = new Kafka({
    clientId: groupId, brokers: testEnv.kafkaBrokers, sasl: saslOf(as), retry: { retries: 0 }, logLevel: logLevel.DEBUG,
    logCreator: () => ({ log }) => {
      const type = (log as { error?: unknown; type?: unknown }).type ?? (log.error as { type?: unknown } | undefined)?.type;
      if (typeof type === 'string') brokerErrors.push(type);
    },
  });
  const consumer = kafka.consumer({ groupId, maxWaitTimeInMs: 100, retry: { retries: 0 } });
  try {
    await consumer.connect();
    await consumer.subscribe({ topic, fromBeginning: true });
    return await new Promise<string>((resolve, reject) => {
      consumer.on(consumer.events.CRASH, (event) => reject(event.payload.error));
      consumer.run({ eachMessage: async ({ message }) => resolve(message.value?.toString() ?? '') }).catch(reject);
    });
  } catch (error) {
    throw new Error(`${error instanceof Error ? error.message : String(error)} [${[...new Set(brokerErrors)].join(', ')}]`);
  } finally {
    await consumer.disconnect();
  }
}

/**
 * The broker runs with SASL/SCRAM-SHA-512 and the standard authorizer: every client logs in,
 * and may do only what its principal's ACLs allow. An agency's system reads its own hand-off
 * topics and writes its own answer topics, nothing of another agency's; a subgraph keeps to
 * its own topics and consumer groups.
 */
describe('Kafka principals and ACLs', () => {
  let city: City;
  let federation: string;
  let civilAffairs: string;
  let federationLogin: KafkaCredentials;
  let civilAffairsLogin: KafkaCredentials;

  beforeAll(async () => {
    city = await seedCity();
    federation = city.agencies.womensFederation.id;
    civilAffairs = city.agencies.civilAffairs.id;
    [federationLogin, civilAffairsLogin] = await Promise.all([agencyCredentials(federation), agencyCredentials(civilAffairs)]);
  });

  it('refuses a client that does not log in, and one with a wrong password', async () => {
    for (const as of [null, { ...federationLogin, password: 'not-the-password' }]) {
      const admin = testKafka('acl-anonymous', { as, retries: 0 }).admin();
      await expect(admin.connect().then(async () => admin.listTopics())).rejects.toThrow();
      await admin.disconnect();
    }
  });

  it('lets a partner read its own hand-off topic, in a group under its own prefix', async () => {
    const referrals = agencyTopic(AgencyTopics.referrals, federation).name;
    await write(kafkaAdmin, referrals); // as the platform would
    await expect(readFirst(federationLogin, referrals, `${agencyPrefix(federation)}acl-${randomUUID()}`)).resolves.toContain('probe');
  });

  it('does not let a partner read another partner\'s topic', async () => {
    const theirs = agencyTopic(AgencyTopics.referrals, civilAffairs).name;
    await expect(readFirst(federationLogin, theirs, `${agencyPrefix(federation)}acl-${randomUUID()}`)).rejects.toThrow(AUTHORIZATION_FAILED);
    // Nor through a consumer group named as the other agency's.
    const own = agencyTopic(AgencyTopics.referrals, federation).name;
    await expect(readFirst(federationLogin, own, `${agencyPrefix(civilAffairs)}acl-${randomUUID()}`)).rejects.toThrow(GROUP_REFUSED);
  });

  it('lets a partner write its own answer topics and nothing else', async () => {
    await expect(write(federationLogin, agencyTopic(AgencyTopics.referralUpdates, federation).name)).resolves.toBeUndefined();
    await expect(write(federationLogin, agencyTopic(AgencyTopics.assignmentUpdates, federation).name)).resolves.toBeUndefined();
    // Another agency's answer topic, its own hand-off topic (the platform writes those), a shared topic.
    await expect(write(federationLogin, agencyTopic(AgencyTopics.referralUpdates, civilAffairs).name)).rejects.toThrow(AUTHORIZATION_FAILED);
    await expect(write(civilAffairsLogin, agencyTopic(AgencyTopics.assignmentUpdates, federation).name)).rejects.toThrow(AUTHORIZATION_FAILED);
    await expect(write(federationLogin, agencyTopic(AgencyTopics.referrals, federation).name)).rejects.toThrow(AUTHORIZATION_FAILED);
    await expect(write(federationLogin, Topics.petitionEvents.name)).rejects.toThrow(AUTHORIZATION_FAILED);
  });

  it('keeps a subgraph to its own topics and consumer groups', async () => {
    const assistance = subgraphCredentials('assistance');
    // It reads the petitions' events, in its own groups, but not in the petitions subgraph's.
    await expect(readFirst(assistance, Topics.petitionEvents.name, `assistance.acl-${randomUUID()}`)).resolves.toEqual(expect.any(String));
    await expect(readFirst(assistance, Topics.petitionEvents.name, `petitions.acl-${randomUUID()}`)).rejects.toThrow(GROUP_REFUSED);
    // It writes its own topics (as every case it opens shows), not the petitions subgraph's nor the directory.
    await expect(write(assistance, Topics.petitionEvents.name)).rejects.toThrow(AUTHORIZATION_FAILED);
    await expect(write(assistance, Topics.directory.name)).rejects.toThrow(AUTHORIZATION_FAILED);
  });
});
