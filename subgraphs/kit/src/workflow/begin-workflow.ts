import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from './actor';
import { recordStep } from './record-step';
import { cleanNote } from './step-rules';
import type { StepEvent, WorkflowAggregate, WorkflowDefinition } from './workflow-definition';

/** How a matter came to be: the action that made it (ISSUE, CREATE), by whom, and its event. */
export interface WorkflowStart {
  action: string;
  actor: Actor;
  note?: string | null;
  event: StepEvent | readonly StepEvent[];
  traceparent?: string;
  /** When it came to be, if not now (a record entered after the fact). */
  at?: Date;
}

/**
 * Saves a new matter with its first history entry (from no status to its initial one) and
 * the event announcing it, in one flush.
 */
export async function beginWorkflow<T extends WorkflowAggregate<Status>, Action extends string, Status extends string, Side extends string>(
  em: EntityManager,
  workflow: WorkflowDefinition<T, Action, Status, Side>,
  aggregate: T,
  start: WorkflowStart,
): Promise<T> {
  em.persist(aggregate);
  const change = { action: start.action, from: null, to: aggregate.status, note: cleanNote(start.note), fields: {}, actor: start.actor, at: start.at ?? new Date() };
  await recordStep(em, workflow, { aggregate, position: aggregate.version, change, event: start.event, traceparent: start.traceparent });
  return aggregate;
}
