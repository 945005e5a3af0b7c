import { join, resolve } from 'node:path';
import { z } from 'zod';
import { agencyAcls, agencyPrincipal, commaList, createLogger, readEnv, toKafkaAcls } from '@xinfang/kit';
import { createAcls, ensureKafkaJars } from './kafka';
import { kafkaVersionFromEnv } from './kafka-runtime';
import { addScramUsers, findCredentials, loadOrCreatePrincipals } from './kafka-principals';
import { defaultDataDir } from './paths';

/**
 * `npm run -s kafka-agency -- <agencyId>`: gives an agency registered in a running local
 * platform its own Kafka principal (`agency.<id>`, SCRAM-SHA-512) and its ACLs, and prints the
 * settings its system (e.g. the partner connector) needs. The launcher does this for the demo
 * agencies; on a real cluster an operator does the same with kafka-configs and kafka-acls
 * (README "Kafka principals and ACLs").
 */
async function main(): Promise<void> {
  const agencyId = process.argv[2];
  if (!agencyId || !/^[a-z0-9-]+$/.test(agencyId)) throw new Error('usage: KAFKA_BROKERS=<the launcher\'s brokers> npm run -s kafka-agency -- <agencyId>');
  const env = readEnv({ KAFKA_BROKERS: commaList, XINFANG_DATA_DIR: z.string().default(defaultDataDir), XINFANG_CACHE_DIR: z.string().optional() });
  const dataDir = resolve(env.XINFANG_DATA_DIR);
  const file = join(dataDir, 'kafka-principals.json');
  const existing = await loadOrCreatePrincipals(file, []);
  const principals = await loadOrCreatePrincipals(file, [...existing.users.map((user) => user.username), agencyPrincipal(agencyId)]);
  const credentials = findCredentials(principals, agencyPrincipal(agencyId));
  const brokers = env.KAFKA_BROKERS.join(',');
  const jars = await ensureKafkaJars({ cacheDir: resolve(env.XINFANG_CACHE_DIR ?? dataDir), logger: createLogger('kafka-agency', 'warn'), version: kafkaVersionFromEnv() });
  await createAcls(brokers, principals.admin, toKafkaAcls(agencyAcls(agencyId)));
  await addScramUsers({ jars, brokers, admin: principals.admin, users: [credentials] });
  process.stdout.write(`KAFKA_BROKERS=${brokers} KAFKA_SASL_MECHANISM=scram-sha-512 KAFKA_SASL_USERNAME=${credentials.username} KAFKA_SASL_PASSWORD=${credentials.password}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
