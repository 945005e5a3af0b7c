import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { NotFoundError } from '../errors/errors';
import type { Actor } from './actor';
import { recordStep } from './record-step';
import { assertExpectedVersion, assertInputs, assertMayTake, assertTransition, cleanNote, settledChange } from './step-rules';
import type { StepChange, WorkflowAggregate, WorkflowDefinition } from './workflow-definition';

/** One step asked of one matter, by a caller of the API or a partner's system. */
export interface StepRequest<Action extends string> {
  id: string;
  action: Action;
  actor: Actor;
  note?: string | null;
  /** Other values the step may require (see `WorkflowStep.requires`) or apply. */
  fields?: Readonly<Record<string, unknown>>;
  /** The version the caller last saw; if the matter has changed since, CONFLICT. */
  expectedVersion?: number | null;
  traceparent?: string;
  /** When the step was taken, for records entered after the fact (a ledger, demo data); now by default. */
  at?: Date;
  /** Refuses (NOT_FOUND) a caller who may not read the matter; API steps only, a partner's system is checked by its topic. */
  assertReadable?: (aggregate: unknown) => Promise<void>;
}

/**
 * Takes one step on one matter, the same way for every kind: load it (NOT_FOUND), compare
 * versions (CONFLICT), check the actor's side and roles (FORBIDDEN), the transition
 * (ILLEGAL_TRANSITION) and the inputs (BAD_USER_INPUT), then change it, run its effects,
 * append its history entry and queue its event. One transaction from the first read, so
 * effects may lock what they change (a matter's clocks) and nothing is half-written.
 */
export async function takeStep<T extends WorkflowAggregate<Status>, Action extends string, Status extends string, Side extends string>(
  em: EntityManager,
  workflow: WorkflowDefinition<T, Action, Status, Side>,
  request: StepRequest<Action>,
): Promise<T> {
  return em.transactional((tx) => takeStepIn(tx as EntityManager, workflow, request));
}

async function takeStepIn<T extends WorkflowAggregate<Status>, Action extends string, Status extends string, Side extends string>(
  em: EntityManager,
  workflow: WorkflowDefinition<T, Action, Status, Side>,
  request: StepRequest<Action>,
): Promise<T> {
  const aggregate = await em.findOne(workflow.entity, { id: request.id } as FilterQuery<T>);
  if (!aggregate) throw new NotFoundError(capitalised(workflow.noun), request.id);
  await request.assertReadable?.(aggregate);
  assertExpectedVersion(workflow.noun, aggregate.version, request.expectedVersion);
  const attempt = { noun: workflow.noun, action: request.action, step: workflow.steps[request.action] };
  const side = workflow.sides[attempt.step.by];
  assertMayTake(attempt, { label: side.label, agencyId: side.agencyOf(aggregate) }, request.actor);
  const to = assertTransition(attempt, aggregate.status);
  const note = cleanNote(request.note);
  const fields = request.fields ?? {};
  assertInputs(attempt, note, fields);
  const change: StepChange<Action, Status> = { action: request.action, from: aggregate.status, to, note, fields, actor: request.actor, at: request.at ?? new Date() };
  aggregate.status = to;
  aggregate.updatedAt = change.at;
  workflow.apply?.(aggregate, change);
  await workflow.effects?.(em, aggregate, change);
  const settled = settledChange(attempt.step, aggregate.status, change);
  const event = workflow.event(aggregate, settled);
  // The position is the version the flush gives the matter: increasing, and unique under the version lock.
  await recordStep(em, workflow, { aggregate, position: aggregate.version + 1, change: settled, event, traceparent: request.traceparent });
  return aggregate;
}

export function capitalised(noun: string): string {
  return noun.charAt(0).toUpperCase() + noun.slice(1);
}
