import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { Partitioners } from 'kafkajs';
import { Client } from 'pg';
import { jointVisitsSubgraph } from '@xinfang/joint-visits';
import { freePort, startKafka } from '@xinfang/infra';
import type { RunningKafka } from '@xinfang/infra';
import { PetitionRegistered, Topics, createEvent, createLogger, subgraphDatabaseUrl } from '@xinfang/kit';
import type { RunningSubgraph } from '@xinfang/kit';
import { startInProcess } from './support/in-process';
import { sameAccessAsPlatform, testKafka } from './support/kafka-access';
import { eventually } from './support/kafka-listener';
import { kafkaSideUp, readiness } from './support/readiness';
import { testEnv } from './support/test-env';

const DATABASE = 'joint_visits_cold_broker_test';

/**
 * Found on a fresh clone: a consumer that met a broker still electing its group coordinator
 * got a non-retriable KafkaJSGroupCoordinatorNotFound, and its whole service shut down. A
 * consumer must outlast a broker that is not there yet, a cold one, and one that restarts.
 */
describe('a consumer and a broker that comes and goes', () => {
  let port: number;
  let kafka: RunningKafka | undefined;
  let subgraph: RunningSubgraph;
  let db: Client;
  const kafkaDir = () => join(testEnv.dataDir, `kafka-cold-${port}`);
  const startBroker = async (fresh: boolean) => {
    kafka = await startKafka({ dataDir: kafkaDir(), port, fresh, logger: createLogger('cold-kafka', 'warn'), ...sameAccessAsPlatform() });
  };

  beforeAll(async () => {
    port = await freePort();
    subgraph = await startInProcess(jointVisitsSubgraph, { database: DATABASE, kafkaBrokers: [`127.0.0.1:${port}`], consumerGroupSuffix: randomUUID().slice(0, 8) });
    db = new Client({ connectionString: subgraphDatabaseUrl(testEnv.databaseUrl, DATABASE) });
    await db.connect();
  });

  afterAll(async () => {
    await subgraph.stop();
    await kafka?.stop();
    await db.end();
  });

  const announcePetition = async () => {
    const petitionId = randomUUID();
    const event = createEvent(PetitionRegistered, petitionId, {
      petitionId, trackingNumber: `XF-TEST-${petitionId.slice(0, 8)}`, channel: 'LETTER', category: 'APPEAL',
      receivingAgencyId: 'cold-broker-procuratorate', receivedAt: new Date().toISOString(),
    }, { service: 'petitions', agencyId: 'cold-broker-procuratorate' });
    const producer = testKafka('cold-broker-test', { brokers: [`127.0.0.1:${port}`] })
      .producer({ createPartitioner: Partitioners.DefaultPartitioner });
    await producer.connect();
    await producer.send({ topic: Topics.petitionEvents.name, messages: [{ key: petitionId, value: JSON.stringify(event) }] });
    await producer.disconnect();
    return petitionId;
  };

  const applied = (petitionId: string) =>
    eventually(async () => (await db.query('select 1 from received_petition where petition_id = $1', [petitionId])).rowCount, (rows) => rows === 1, 60_000);

  it('keeps serving without a broker, joins when a cold one starts, and rejoins after a restart', async () => {
    const alone = await readiness(subgraph.url);
    expect(alone).toMatchObject({ status: 200, checks: { database: true, kafka: false } });

    await startBroker(true);
    await kafkaSideUp(subgraph.url, 90_000);
    await applied(await announcePetition());

    await kafka?.stop();
    await eventually(() => readiness(subgraph.url), (ready) => ready.checks.kafka === false, 60_000);
    expect((await readiness(subgraph.url)).status).toBe(200); // the API still serves

    await startBroker(false);
    await kafkaSideUp(subgraph.url, 90_000);
    await applied(await announcePetition());
  }, 240_000);
});
