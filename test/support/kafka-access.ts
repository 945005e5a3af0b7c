import { Kafka, logLevel } from 'kafkajs';
import { addScramUsers, createAcls, findCredentials, newKafkaPassword, platformKafkaAcls, saslOf } from '@xinfang/infra';
import type { KafkaCredentials } from '@xinfang/infra';
import { agencyAcls, agencyPrincipal, toKafkaAcls } from '@xinfang/kit';
import { testEnv } from './test-env';

/** The broker's super user: what the tests' own tooling (listeners, topic watchers, replays) logs in as. */
export const kafkaAdmin: KafkaCredentials = testEnv.kafkaPrincipals.admin;

/** A KafkaJS client logged in as these credentials (the admin unless said), quiet. */
export function testKafka(clientId: string, options: { brokers?: string[]; as?: KafkaCredentials | null; retries?: number } = {}): Kafka {
  const credentials = options.as === undefined ? kafkaAdmin : options.as;
  return new Kafka({
    clientId,
    brokers: options.brokers ?? testEnv.kafkaBrokers,
    logLevel: logLevel.NOTHING,
    ...(options.retries === undefined ? {} : { retry: { retries: options.retries } }),
    ...(credentials ? { sasl: saslOf(credentials) } : {}),
  });
}

/** A subgraph's own principal, as the platform gave it to the subgraph's process. */
export function subgraphCredentials(subgraph: string): KafkaCredentials {
  return findCredentials(testEnv.kafkaPrincipals, subgraph);
}

const agencies = new Map<string, Promise<KafkaCredentials>>();

/**
 * An agency's own principal, with its ACLs. The demo agencies have theirs from the launcher; an
 * agency a test registered gets one here, as an operator would add it (README "Kafka
 * principals"): a SCRAM user through Kafka's own tool, then the agency's prefixed rules.
 */
export async function agencyCredentials(agencyId: string, brokers = testEnv.kafkaBrokers): Promise<KafkaCredentials> {
  const username = agencyPrincipal(agencyId);
  const known = testEnv.kafkaPrincipals.users.find((user) => user.username === username);
  if (known) return known;
  const key = `${brokers.join(',')} ${agencyId}`;
  if (!agencies.has(key)) {
    agencies.set(key, (async () => {
      const credentials = { username, password: newKafkaPassword() };
      await createAcls(brokers.join(','), kafkaAdmin, toKafkaAcls(agencyAcls(agencyId)));
      await addScramUsers({ jars: testEnv.kafkaJars, brokers: brokers.join(','), admin: kafkaAdmin, users: [credentials] });
      return credentials;
    })());
  }
  return agencies.get(key)!;
}

/** For a broker a test starts itself: the platform's principals and the subgraphs' rules, so the same clients log in. */
export function sameAccessAsPlatform(): { principals: typeof testEnv.kafkaPrincipals; acls: ReturnType<typeof platformKafkaAcls> } {
  return { principals: testEnv.kafkaPrincipals, acls: platformKafkaAcls([]) };
}
