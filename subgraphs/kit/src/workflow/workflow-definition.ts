import type { EntityClass } from '@mikro-orm/core';
import type { Work } from '../access/read-rule';
import type { RequestContext } from '../server/request-context';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { z } from 'zod';
import type { EventContract } from '../events/contract';
import type { Actor } from './actor';
import type { StepTable } from './workflow-step';

/** What a matter needs to go through a workflow: a status, and a MikroORM version that guards concurrent steps. */
export interface WorkflowAggregate<Status extends string = string> {
  id: string;
  status: Status;
  /** `@Property({ version: true })`: bumped by every change, so two steps at once cannot both win. */
  version: number;
  updatedAt: Date;
}

/** What one step (or the matter's creation) changed, by whom; it becomes a history entry and an event. */
export interface StepChange<Action extends string = string, Status extends string = string> {
  action: Action;
  from: Status | null;
  to: Status;
  note: string | null;
  fields: Readonly<Record<string, unknown>>;
  actor: Actor;
  at: Date;
}

/** An event to queue with a step, not yet built (the runner adds the envelope). */
export interface StepEvent {
  contract: EventContract;
  data: unknown;
}

/** Pairs a contract with data of its own shape, checked when written. */
export function stepEvent<Type extends string, Data extends z.ZodType>(contract: EventContract<Type, Data>, data: z.input<Data>): StepEvent {
  return { contract: contract as unknown as EventContract, data };
}

/** Who is on one side of a matter (the partner, the issuer, the assignee) and how messages name them. */
export interface WorkflowSide<T> {
  label: string;
  agencyOf(aggregate: T): string;
}

/**
 * Everything the kit needs to run steps on one kind of matter. The domain says what its
 * steps are, which agency is on which side, what a step changes besides the status, and
 * which event announces it; the kit does the rest the same way for every matter.
 */
export interface WorkflowDefinition<T extends WorkflowAggregate<Status>, Action extends string, Status extends string, Side extends string> {
  /** Stored with every history entry, e.g. `Referral`. */
  aggregateType: string;
  /** How messages name one, e.g. `referral`, `joint-visit assignment`. */
  noun: string;
  entity: EntityClass<T>;
  /** The subgraph that signs the events. */
  service: string;
  steps: StepTable<Action, Status, Side>;
  sides: Readonly<Record<Side, WorkflowSide<T>>>;
  /** Domain fields a step changes besides status and updatedAt, e.g. an outcome or a completion time. */
  apply?(aggregate: T, change: StepChange<Action, Status>): void;
  /**
   * What else the step writes in the same flush, after `apply`: clocks started or met, rows of
   * the domain's own. May refuse the step (throw a coded error) and nothing is written.
   */
  effects?(em: EntityManager, aggregate: T, change: StepChange<Action, Status>): Promise<void>;
  /**
   * What the read rule sees of the matter (see the kit's access): a caller of the API who may not
   * read it is told it does not exist (NOT_FOUND) before anything else is checked, exactly as for
   * an id that does not exist; one who may read it but is not on the step's side gets FORBIDDEN.
   */
  worksOf?(aggregate: T, context: RequestContext): Work | Work[] | Promise<Work | Work[]>;
  /** The event announcing a step; several when it also concerns another agency (a transfer, on that agency's own topic). */
  event(aggregate: T, change: StepChange<Action, Status>): StepEvent | readonly StepEvent[];
}
