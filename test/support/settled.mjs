// Waits until the demo data's events have been published and every consumer group has read
// all of them, so a test starts on a settled platform, not behind a backlog it cannot see.
import { setTimeout as sleep } from 'node:timers/promises';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { AssignerProtocol, Kafka, logLevel } = require('kafkajs');
const { Client } = require('pg');

/** Outbox rows not yet published, over every subgraph's database. */
async function pendingOutboxRows(databaseUrl) {
  const server = new Client({ connectionString: databaseUrl });
  await server.connect();
  try {
    const { rows } = await server.query("select datname from pg_database where datname like 'xinfang_%'");
    let pending = 0;
    for (const { datname } of rows) {
      const url = new URL(databaseUrl);
      url.pathname = `/${datname}`;
      const database = new Client({ connectionString: url.toString() });
      await database.connect();
      try {
        const exists = await database.query("select to_regclass('outbox_message') as t");
        if (exists.rows[0].t) pending += Number((await database.query('select count(*) from outbox_message where sent_at is null')).rows[0].count);
      } finally {
        await database.end();
      }
    }
    return pending;
  } finally {
    await server.end();
  }
}

/** Messages on their subscribed topics that each consumer group has not yet committed past. */
async function unreadMessages(admin) {
  const { groups } = await admin.describeGroups((await admin.listGroups()).groups.map((group) => group.groupId));
  let unread = 0;
  const high = new Map();
  for (const group of groups) {
    if (group.state === 'Empty' || group.state === 'Dead') continue; // no one reads for it now
    if (group.state !== 'Stable') return Infinity; // rebalancing: ask again
    const topics = [...new Set(group.members.flatMap((member) => AssignerProtocol.MemberMetadata.decode(member.memberMetadata)?.topics ?? []))];
    if (topics.length === 0) continue;
    for (const { topic, partitions } of await admin.fetchOffsets({ groupId: group.groupId, topics })) {
      if (!high.has(topic)) high.set(topic, await admin.fetchTopicOffsets(topic));
      for (const { partition, offset, low } of high.get(topic)) {
        const committed = Number(partitions.find((each) => each.partition === partition)?.offset ?? -1);
        unread += Number(offset) - (committed < 0 ? Number(low) : committed);
      }
    }
  }
  return unread;
}

/**
 * Settled means: nothing pending in any outbox and nothing unread by any group, twice in a
 * row a second apart (a consumer's own events go through its outbox and on to others).
 */
export async function waitUntilSettled({ databaseUrl, kafkaBrokers, kafkaAdmin, timeoutMs = 300_000, logger }) {
  const sasl = { mechanism: 'scram-sha-512', username: kafkaAdmin.username, password: kafkaAdmin.password };
  const kafka = new Kafka({ clientId: 'test-settle', brokers: kafkaBrokers.split(','), sasl, logLevel: logLevel.NOTHING });
  const admin = kafka.admin();
  await admin.connect();
  const deadline = Date.now() + timeoutMs;
  try {
    let quietRounds = 0;
    for (;;) {
      const [pending, unread] = [await pendingOutboxRows(databaseUrl), await unreadMessages(admin)];
      quietRounds = pending === 0 && unread === 0 ? quietRounds + 1 : 0;
      if (quietRounds === 2) return;
      if (Date.now() > deadline) throw new Error(`The platform did not settle within ${timeoutMs} ms: ${pending} outbox rows pending, ${unread} messages unread`);
      logger.info({ pending, unread }, 'waiting for the demo data to settle');
      await sleep(1_000);
    }
  } finally {
    await admin.disconnect();
  }
}
