// The kit's outbox relay or consumer runner in a process of its own, built from dist (run
// `tsc -b` first), so a fault test can SIGKILL it at a chosen point and start more of them
// as replicas. Started through test/support/messaging-process.ts; nothing else reads these variables.
//
//   XF_ROLE            relay | consumer
//   XF_DATABASE_URL    the test's own database (outbox, inbox and a fault_effect table)
//   XF_KAFKA_BROKERS   comma-separated; XF_KAFKA_USER / XF_KAFKA_PASSWORD log in with SCRAM
//   XF_BATCH_SIZE      relay: rows per batch
//   XF_TOPIC           consumer: the topic it reads; XF_GROUP its group; XF_SESSION_TIMEOUT_MS
//   XF_SEND_DELAY_MS   relay: waits this long before each batch, as a slow broker would, so
//                      that relays running at once really overlap
//   XF_DIE_AFTER       relay: SIGKILL right after the Nth batch Kafka acknowledged, before the
//                      rows are marked sent; consumer: right after the Nth event's effect
//                      committed, before its offset is resolved and committed
import { EventEmitter } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';
import { PetitionRegistered, createConsumerRunner, createKafka, createLogger, createOutboxRelay, initOrm, on, scramSecurity } from '@xinfang/kit';

const env = process.env;
const dieAfter = Number(env.XF_DIE_AFTER ?? 0);
let counted = 0;
/** Counts one crash-point passage; the Nth one kills the process as a crash would, no clean-up. */
const passCrashPoint = () => {
  counted += 1;
  if (dieAfter > 0 && counted >= dieAfter) process.kill(process.pid, 'SIGKILL');
};

const logger = createLogger(`fault-${env.XF_ROLE}-${process.pid}`, 'warn');
const orm = await initOrm({ databaseUrl: env.XF_DATABASE_URL, entities: [], migrations: [], logger });
const kafka = createKafka(`fault-${env.XF_ROLE}`, env.XF_KAFKA_BROKERS.split(','), logger, scramSecurity({ username: env.XF_KAFKA_USER, password: env.XF_KAFKA_PASSWORD }));

const component = env.XF_ROLE === 'relay' ? relay() : consumer();
await component.start();
process.stdout.write('started\n');

process.once('SIGTERM', async () => {
  await component.stop();
  await orm.close();
  process.exit(0);
});

function relay() {
  // The crash point wraps the producer the relay makes: after sendBatch resolved, Kafka has the events.
  const makeProducer = kafka.producer.bind(kafka);
  kafka.producer = (config) => {
    const producer = makeProducer(config);
    const sendBatch = producer.sendBatch.bind(producer);
    producer.sendBatch = async (batch) => {
      await sleep(Number(env.XF_SEND_DELAY_MS ?? 0));
      const acknowledged = await sendBatch(batch);
      passCrashPoint();
      return acknowledged;
    };
    return producer;
  };
  return createOutboxRelay({ orm, kafka, logger, batchSize: Number(env.XF_BATCH_SIZE ?? 200), pollIntervalMs: 200 });
}

function consumer() {
  // The crash point wraps resolveOffset, which the runner calls once an event's transaction has committed.
  const makeConsumer = kafka.consumer.bind(kafka);
  kafka.consumer = (config) => {
    const made = makeConsumer(config);
    const run = made.run.bind(made);
    made.run = (options) => run({
      ...options,
      eachBatch: (payload) => options.eachBatch({
        ...payload,
        resolveOffset: (offset) => {
          passCrashPoint();
          payload.resolveOffset(offset);
        },
      }),
    });
    return made;
  };
  const handler = on(PetitionRegistered, async (event, em) => {
    await em.execute('insert into fault_effect (event_id, applied_by) values (?, ?)', [event.id, process.pid]);
  });
  return createConsumerRunner({
    orm, kafka, logger, signals: new EventEmitter(), groupId: env.XF_GROUP, handlers: [handler],
    topics: [{ name: env.XF_TOPIC, partitions: 3 }],
    sessionTimeoutMs: Number(env.XF_SESSION_TIMEOUT_MS ?? 30_000),
  });
}
