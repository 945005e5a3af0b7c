import { AclOperationTypes, AclPermissionTypes, AclResourceTypes, ResourcePatternTypes } from 'kafkajs';
import type { AclEntry } from 'kafkajs';
import { AGENCY_TOPIC_PREFIX, AgencyTopics, agencyPrefix, agencyTopic } from '../events/contracts/agency-topics';
import { Topics, deadLetterTopic } from '../events/contracts/topics';
import type { SubgraphModule } from '../server/subgraph-module';

/**
 * Who may do what on the platform's brokers (standard authorizer, nothing allowed unless a
 * rule says so). Each subgraph is the principal `User:<subgraph>`; each agency with a system
 * of its own is `User:agency.<agencyId>`.
 */
export type Operation = 'READ' | 'WRITE' | 'CREATE' | 'DESCRIBE';

/** One allow rule, in Kafka's own terms. */
export interface AclRule {
  principal: string;
  resource: 'TOPIC' | 'GROUP';
  pattern: 'LITERAL' | 'PREFIXED';
  name: string;
  operations: Operation[];
}

export function agencyPrincipal(agencyId: string): string {
  return `agency.${agencyId}`;
}

/**
 * An agency's system: reads its own hand-off topics and keeps consumer groups under its own
 * prefix (one prefixed rule each), and writes only its own answer topics. Nothing else: not
 * another agency's topics, not the platform's shared topics, not creating topics.
 */
export function agencyAcls(agencyId: string): AclRule[] {
  const principal = agencyPrincipal(agencyId);
  const prefix = agencyPrefix(agencyId);
  return [
    { principal, resource: 'TOPIC', pattern: 'PREFIXED', name: prefix, operations: ['READ', 'DESCRIBE'] },
    { principal, resource: 'GROUP', pattern: 'PREFIXED', name: prefix, operations: ['READ', 'DESCRIBE'] },
    ...Object.values(AgencyTopics)
      .filter((family) => family.direction === 'FROM_AGENCY')
      .map((family): AclRule => ({ principal, resource: 'TOPIC', pattern: 'LITERAL', name: agencyTopic(family, agencyId).name, operations: ['WRITE'] })),
  ];
}

export interface SubgraphAclOptions {
  /** Its outbox writes on agencies' own topics (referrals, assignments, petition transfers). */
  writesAgencyTopics: boolean;
}

/**
 * A subgraph: its shared topics as its module declares them (what it produces, what its
 * consumers read, and their dead-letter topics), literally; consumer groups under
 * `<subgraph>.`. Agencies' hand-off topics are one family per agency (`agency.<id>.<family>`),
 * which a Kafka pattern cannot name across agencies without naming the agency: a subgraph that
 * touches them has the one prefixed rule on `agency.`, with only the operations it needs
 * (create and describe, write if its outbox sends there, read if it consumes there). An
 * agency's principal is the one kept to its own topics.
 */
export function subgraphAcls(module: SubgraphModule, options: SubgraphAclOptions): AclRule[] {
  const principal = module.name;
  const consumers = module.consumers ?? [];
  const strayGroup = consumers.find((consumer) => !consumer.groupId.startsWith(`${module.name}.`));
  if (strayGroup) throw new Error(`consumer group ${strayGroup.groupId} is not under its subgraph's prefix ${module.name}.`);
  const produced = [...(module.produces ?? []), ...(module.keepsDeadlines ? [Topics.deadlines] : [])];
  const read = consumers.flatMap((consumer) => consumer.topics ?? []);
  const readsAgencyTopics = consumers.some((consumer) => consumer.fromEveryAgency !== undefined);
  const literal = (name: string, operations: Operation[]): AclRule => ({ principal, resource: 'TOPIC', pattern: 'LITERAL', name, operations });
  const agencyOperations: Operation[] = [
    'CREATE', 'DESCRIBE',
    // A consumer writes what it cannot process to the dead-letter topic beside it.
    ...(options.writesAgencyTopics || readsAgencyTopics ? ['WRITE' as const] : []),
    ...(readsAgencyTopics ? ['READ' as const] : []),
  ];
  return [
    ...unique(produced.map((topic) => topic.name)).map((name) => literal(name, ['WRITE', 'CREATE', 'DESCRIBE'])),
    ...unique(read.map((topic) => topic.name)).map((name) => literal(name, ['READ', 'CREATE', 'DESCRIBE'])),
    ...unique(read.map((topic) => deadLetterTopic(topic).name)).map((name) => literal(name, ['WRITE', 'CREATE', 'DESCRIBE'])),
    { principal, resource: 'TOPIC', pattern: 'PREFIXED', name: AGENCY_TOPIC_PREFIX, operations: agencyOperations },
    { principal, resource: 'GROUP', pattern: 'PREFIXED', name: `${module.name}.`, operations: ['READ', 'DESCRIBE'] },
  ];
}

function unique(names: string[]): string[] {
  return [...new Set(names)];
}

/** The rules as KafkaJS `admin.createAcls` takes them. */
export function toKafkaAcls(rules: AclRule[]): AclEntry[] {
  return rules.flatMap((rule) => rule.operations.map((operation): AclEntry => ({
    principal: `User:${rule.principal}`,
    host: '*',
    resourceType: AclResourceTypes[rule.resource],
    resourceName: rule.name,
    resourcePatternType: ResourcePatternTypes[rule.pattern],
    operation: AclOperationTypes[operation],
    permissionType: AclPermissionTypes.ALLOW,
  })));
}
