import type { TopicSpec } from '../contract';

/**
 * Hand-off topics (交接): everything addressed to one agency, and everything that agency's
 * own system answers, lives under the agency's own prefix `agency.<agencyId>.`, so its
 * consumer group reads only its own work and the broker's ACLs can be one prefixed rule
 * per agency. What arrives on a `FROM_AGENCY` topic was written by that agency: the
 * platform learns who answered from the topic, never from a field the sender fills in.
 */
export interface AgencyTopicFamily {
  /** The part after the agency's prefix, e.g. `referrals.v1`. */
  suffix: string;
  /** One agency's traffic is small and a province has thousands of agencies: one partition each keeps the broker light. */
  partitions: number;
  /** `TO_AGENCY`: the platform writes, the agency reads. `FROM_AGENCY`: the agency writes, the platform reads. */
  direction: 'TO_AGENCY' | 'FROM_AGENCY';
}

export const AGENCY_TOPIC_PREFIX = 'agency.';

export const AgencyTopics = {
  /** Referrals (转介) issued to the agency by judicial assistance, and their later changes. */
  referrals: { suffix: 'referrals.v1', partitions: 1, direction: 'TO_AGENCY' },
  /** The agency's own system acknowledging, accepting, declining, starting, completing referrals. */
  referralUpdates: { suffix: 'referral-updates.v1', partitions: 1, direction: 'FROM_AGENCY' },
  /** Joint-visit assignments (交办) to the agency, and their later changes. */
  assignments: { suffix: 'assignments.v1', partitions: 1, direction: 'TO_AGENCY' },
  /** The agency's own system reporting progress on, or completing, its assignments. */
  assignmentUpdates: { suffix: 'assignment-updates.v1', partitions: 1, direction: 'FROM_AGENCY' },
  /** Petitions transferred to the agency (转办) as the one with jurisdiction. */
  petitionTransfers: { suffix: 'petition-transfers.v1', partitions: 1, direction: 'TO_AGENCY' },
} satisfies Record<string, AgencyTopicFamily>;

/** The prefix every topic and consumer group of one agency starts with. */
export function agencyPrefix(agencyId: string): string {
  return `${AGENCY_TOPIC_PREFIX}${agencyId}.`;
}

export function agencyTopic(family: AgencyTopicFamily, agencyId: string): TopicSpec {
  return { name: `${agencyPrefix(agencyId)}${family.suffix}`, partitions: family.partitions };
}

/** How the family is written in documents and schema paths: `agency.{agencyId}.referrals.v1`. */
export function agencyTopicPattern(family: AgencyTopicFamily): string {
  return `${AGENCY_TOPIC_PREFIX}{agencyId}.${family.suffix}`;
}

/** The agency a topic of this family belongs to, or null when the name is not of the family. */
export function agencyOfTopic(family: AgencyTopicFamily, topic: string): string | null {
  if (!topic.startsWith(AGENCY_TOPIC_PREFIX) || !topic.endsWith(`.${family.suffix}`)) return null;
  const agencyId = topic.slice(AGENCY_TOPIC_PREFIX.length, topic.length - family.suffix.length - 1);
  return agencyId.length > 0 && !agencyId.includes('.') ? agencyId : null;
}

/** The topic spec behind a name, when it is one agency's hand-off topic (so it can be created on demand). */
export function agencyTopicSpecOf(topic: string): TopicSpec | null {
  for (const family of Object.values(AgencyTopics)) {
    if (agencyOfTopic(family, topic) !== null) return { name: topic, partitions: family.partitions };
  }
  return null;
}

/**
 * All of one agency's topics, created when the agency is registered: its hand-off topics,
 * and the dead-letter topics of those the platform consumes, where the agency's operators
 * find the answers the platform refused and why.
 */
export function allTopicsOfAgency(agencyId: string): TopicSpec[] {
  return Object.values(AgencyTopics).flatMap((family) => {
    const topic = agencyTopic(family, agencyId);
    return family.direction === 'FROM_AGENCY' ? [topic, { name: `${topic.name}.dlq`, partitions: topic.partitions }] : [topic];
  });
}
