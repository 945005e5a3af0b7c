import type { TopicSpec } from '../contract';

/**
 * The platform's shared topics; see DESIGN.md "Kafka topics". Keys are aggregate ids. What is
 * addressed to one agency, or answered by it, travels on that agency's own topics (`AgencyTopics`).
 */
export const Topics = {
  petitionEvents: { name: 'petitions.events.v1', partitions: 6 },
  /** The agency directory and its staff, keyed by agency or staff id; every subgraph keeps a projection. */
  directory: { name: 'agencies.directory.v1', partitions: 6 },
  /** Judicial-assistance cases (司法救助): opened, each step of approval and payment, closed; keyed by case id. */
  assistanceCases: { name: 'assistance.cases.v1', partitions: 6 },
  /** Due-soon and missed deadlines from every subgraph that keeps clocks; keyed by the matter's id. */
  deadlines: { name: 'clocks.deadlines.v1', partitions: 6 },
  /** Which agencies the commission assigned a petition to (交办), keyed by petition id; petitions lets them read it. */
  jointVisitAssignments: { name: 'joint-visits.assignments.v1', partitions: 6 },
  /** Leaders' case-carrying visits down to the grassroots (带案下访), keyed by visit id. */
  caseCarryingVisits: { name: 'joint-visits.case-carrying-visits.v1', partitions: 6 },
} satisfies Record<string, TopicSpec>;

/** Where a consumer puts what it cannot process, with the reason; same partitioning. */
export function deadLetterTopic(topic: TopicSpec): TopicSpec {
  return { name: `${topic.name}.dlq`, partitions: topic.partitions };
}
