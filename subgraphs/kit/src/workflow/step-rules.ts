import { BadUserInputError, ConflictError, ForbiddenError, IllegalTransitionError } from '../errors/errors';
import type { Actor } from './actor';
import type { StepChange } from './workflow-definition';
import type { StepTable, WorkflowStep } from './workflow-step';

/** One step asked of one matter, as the rules see it: what the matter is called, the action and its row of the table. */
export interface StepAttempt<Status extends string = string, Side extends string = string> {
  noun: string;
  action: string;
  step: WorkflowStep<Status, Side>;
}

/** The step in words for messages: `report progress on`, or the action in lower case. */
export function verbOf(attempt: Pick<StepAttempt, 'action' | 'step'>): string {
  return attempt.step.verb ?? attempt.action.toLowerCase().replace(/_/g, ' ');
}

/** Where the step leads from `status`, or null when the table refuses it. */
export function nextStatus<Action extends string, Status extends string>(steps: StepTable<Action, Status, string>, status: Status, action: Action): Status | null {
  const step = steps[action];
  return step && step.from.includes(status) ? (step.to ?? status) : null;
}

/** The actions the table allows from `status`, e.g. to offer them in a console. */
export function actionsFrom<Action extends string, Status extends string>(steps: StepTable<Action, Status, string>, status: Status): Action[] {
  return (Object.keys(steps) as Action[]).filter((action) => steps[action].from.includes(status));
}

/** A caller who says which version they saw is refused if the matter has changed since. */
export function assertExpectedVersion(noun: string, current: number, expected: number | null | undefined): void {
  if (expected != null && expected !== current) {
    throw new ConflictError(`The ${noun} is at version ${current}, not ${expected}: someone changed it first; reload it and try again`);
  }
}

/** Whether the actor acts for the agency on the step's side and holds one of the step's roles. */
export function mayTake(step: Pick<WorkflowStep<string, string>, 'roles'>, sideAgencyId: string, actor: Pick<Actor, 'agencyId' | 'roles'>): boolean {
  const roles = step.roles ?? [];
  return actor.agencyId === sideAgencyId && (roles.length === 0 || actor.roles.some((role) => roles.includes(role)));
}

/** Refuses an actor not on the step's side (or without its roles), naming who may take it. */
export function assertMayTake(attempt: StepAttempt, side: { label: string; agencyId: string }, actor: Pick<Actor, 'agencyId' | 'roles'>): void {
  if (mayTake(attempt.step, side.agencyId, actor)) return;
  const roles = attempt.step.roles?.length ? ` (staff with one of the roles ${attempt.step.roles.join(', ')})` : '';
  throw new ForbiddenError(`Only the ${side.label} may ${verbOf(attempt)} this ${attempt.noun}${roles}`);
}

/** Refuses a step the state machine does not allow from `status`; returns where it leads. */
export function assertTransition<Status extends string>(attempt: StepAttempt<Status>, status: Status): Status {
  if (!attempt.step.from.includes(status)) throw new IllegalTransitionError(attempt.noun, status, verbOf(attempt));
  return attempt.step.to ?? status;
}

/** Refuses a step without the note or fields it needs. */
export function assertInputs(attempt: StepAttempt, note: string | null, fields: Readonly<Record<string, unknown>> = {}): void {
  const { step } = attempt;
  if (step.needsNote && !note) {
    const name = step.noteName ?? 'note';
    throw new BadUserInputError(`${/^[aeiou]/i.test(name) ? 'An' : 'A'} ${name} is required to ${verbOf(attempt)} this ${attempt.noun}`, { field: name });
  }
  const missing = (step.requires ?? []).filter((field) => isBlank(fields[field]));
  if (missing.length > 0) {
    throw new BadUserInputError(`${missing.join(', ')} ${missing.length > 1 ? 'are' : 'is'} required to ${verbOf(attempt)} this ${attempt.noun}`, { field: missing[0] });
  }
}

/** The change as it ended: the step's effects may have moved the matter on to one of its `then` statuses, and nowhere else. */
export function settledChange<Action extends string, Status extends string>(step: Pick<WorkflowStep<Status, string>, 'then'>, status: Status, change: StepChange<Action, Status>): StepChange<Action, Status> {
  if (status === change.to) return change;
  if (!step.then?.includes(status)) throw new Error(`The effects of ${change.action} moved the matter to ${status}, which the step table does not allow`);
  return { ...change, to: status };
}

/** A note of only white space says nothing: it is kept as no note. */
export function cleanNote(note: string | null | undefined): string | null {
  return note?.trim() || null;
}

function isBlank(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}
