import type { TopicSpec } from '../contract';

/** The platform's topics; see DESIGN.md "Kafka topics". Keys are aggregate ids. */
export const Topics = {
  petitionEvents: { name: 'petitions.events.v1', partitions: 6 },
  referrals: { name: 'assistance.referrals.v1', partitions: 6 },
  referralUpdates: { name: 'assistance.referral-updates.v1', partitions: 6 },
  assignments: { name: 'joint-visits.assignments.v1', partitions: 6 },
  assignmentUpdates: { name: 'joint-visits.assignment-updates.v1', partitions: 6 },
} satisfies Record<string, TopicSpec>;

/** Where a consumer puts what it cannot process, with the reason; same partitioning. */
export function deadLetterTopic(topic: TopicSpec): TopicSpec {
  return { name: `${topic.name}.dlq`, partitions: topic.partitions };
}
