/**
 * Dev tool: proves PostgreSQL and Kafka come up, work, and leave no process
 * behind. Run after a build: `node infra/dist/smoke-services.js [--fresh]`.
 * Data goes to `<project>/.data/smoke` so it never touches `npm start` data.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { Kafka, logLevel } from 'kafkajs';
import { Client } from 'pg';
import { pino } from 'pino';
import { dataDir } from './paths';
import { startKafka } from './kafka';
import { startPostgres } from './postgres';

async function main(): Promise<void> {
  const logger = pino({ level: process.env['LOG_LEVEL'] ?? 'info' });
  const fresh = process.argv.includes('--fresh');
  const root = join(dataDir(), 'smoke');
  const t0 = Date.now();

  const [pg, kafka] = await Promise.all([
    startPostgres({ dataDir: join(root, 'postgres'), logger, fresh }),
    startKafka({ dataDir: join(root, 'kafka'), logger, fresh }),
  ]);
  logger.info({ ms: Date.now() - t0 }, 'both services up');
  try {
    const url = await pg.createDatabase('smoke');
    await pg.createDatabase('smoke'); // idempotent
    const client = new Client({ connectionString: url });
    await client.connect();
    await client.query('CREATE TABLE IF NOT EXISTS runs (at timestamptz NOT NULL DEFAULT now())');
    await client.query('INSERT INTO runs DEFAULT VALUES');
    const runs = await client.query<{ n: string }>('SELECT count(*) AS n FROM runs');
    await client.end();
    logger.info({ runs: runs.rows[0]?.n }, 'PostgreSQL works (runs survive restarts unless --fresh)');

    const k = new Kafka({ clientId: 'smoke', brokers: [kafka.brokers], logLevel: logLevel.WARN });
    const admin = k.admin();
    await admin.connect();
    const topic = 'smoke.events';
    await admin.createTopics({ topics: [{ topic, numPartitions: 1, replicationFactor: 1 }] });
    await admin.disconnect();

    const value = `hello ${Date.now()}`;
    const producer = k.producer({ idempotent: true, maxInFlightRequests: 1 });
    await producer.connect();
    await producer.send({ topic, acks: -1, messages: [{ key: 'k', value }] });
    await producer.disconnect();

    const consumer = k.consumer({ groupId: `smoke-${Date.now()}`, maxWaitTimeInMs: 100 });
    await consumer.connect();
    await consumer.subscribe({ topic, fromBeginning: true });
    const tc = Date.now();
    const received = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no message within 30 s')), 30_000);
      consumer
        .run({
          eachMessage: async ({ message }) => {
            if (message.value?.toString() === value) {
              clearTimeout(timer);
              resolve(value);
            }
          },
        })
        .catch(reject);
    });
    await consumer.disconnect();
    logger.info({ received, consumeMs: Date.now() - tc }, 'Kafka round trip works');
  } finally {
    await Promise.all([pg.stop(), kafka.stop()]);
  }

  const ps = execFileSync('ps', ['-eo', 'pid,args'], { encoding: 'utf8' });
  const leftovers = ps.split('\n').filter((l) => /postgres -D|kafka\.Kafka/.test(l));
  if (leftovers.length > 0) throw new Error(`processes left behind:\n${leftovers.join('\n')}`);
  logger.info({ totalMs: Date.now() - t0 }, 'smoke passed; no postgres or java process left');
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
