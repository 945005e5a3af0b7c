import { commaList, readEnv } from '@xinfang/kit';
import { z } from 'zod';
import { createAcls } from './kafka';
import { platformKafkaAcls } from './kafka-access';

/**
 * `node infra/dist/kafka-setup-command.js [agencyId …]`: creates the platform's ACLs on an
 * existing cluster (each subgraph's, and each named agency's), logged in as a super user from
 * `KAFKA_SASL_USERNAME`/`KAFKA_SASL_PASSWORD`. The SCRAM users themselves are made with
 * Kafka's own kafka-configs (infra/deploy/compose.yaml shows both steps). Adding a rule that
 * exists changes nothing, so it can run on every deployment.
 */
async function main(): Promise<void> {
  const agencyIds = process.argv.slice(2);
  const bad = agencyIds.filter((id) => !/^[a-z0-9-]+$/.test(id));
  if (bad.length > 0) throw new Error(`not agency ids: ${bad.join(', ')}`);
  const env = readEnv({ KAFKA_BROKERS: commaList, KAFKA_SASL_USERNAME: z.string().min(1), KAFKA_SASL_PASSWORD: z.string().min(1) });
  const acls = platformKafkaAcls(agencyIds);
  await createAcls(env.KAFKA_BROKERS.join(','), { username: env.KAFKA_SASL_USERNAME, password: env.KAFKA_SASL_PASSWORD }, acls);
  process.stdout.write(`${acls.length} ACL entries in place for ${['the subgraphs', ...agencyIds].join(', ')}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
