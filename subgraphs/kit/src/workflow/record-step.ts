import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { createEvent } from '../events/contract';
import { enqueueEvent } from '../messaging/outbox';
import { WorkflowHistoryEntry } from './history-entry.entity';
import type { StepChange, StepEvent, WorkflowAggregate } from './workflow-definition';

/** Which kind of matter, and which subgraph signs its events (a WorkflowDefinition is one). */
export interface RecordingWorkflow {
  aggregateType: string;
  service: string;
}

export interface RecordedStep {
  aggregate: WorkflowAggregate;
  /** The matter's version once the change is written. */
  position: number;
  change: StepChange;
  /** The event announcing the step; a step that concerns another agency too may announce to it as well. */
  event: StepEvent | readonly StepEvent[];
  traceparent?: string;
}

/**
 * Writes the change, its history entry and its event in one flush, hence one transaction:
 * the three cannot disagree. A concurrent step on the same matter fails the version check
 * (OptimisticLockError: CONFLICT to a caller, a retry for a consumer) and writes nothing.
 */
export async function recordStep(em: EntityManager, workflow: RecordingWorkflow, recorded: RecordedStep): Promise<void> {
  const { aggregate, change } = recorded;
  em.persist(em.create(WorkflowHistoryEntry, {
    id: randomUUID(),
    aggregateType: workflow.aggregateType,
    aggregateId: aggregate.id,
    position: recorded.position,
    action: change.action,
    fromStatus: change.from,
    toStatus: change.to,
    actorUserId: change.actor.userId,
    actorName: change.actor.name,
    actorAgencyId: change.actor.agencyId,
    via: change.actor.via,
    note: change.note,
    at: change.at,
  }));
  const origin = { service: workflow.service, agencyId: change.actor.agencyId, traceparent: recorded.traceparent };
  for (const { contract, data } of [recorded.event].flat()) enqueueEvent(em, contract, createEvent(contract, aggregate.id, data, origin));
  await em.flush();
}
