import { requireCaller } from '../identity/authorization';
import type { RequestContext } from '../server/request-context';
import { actorFromIdentity } from './actor';
import type { StepArgs } from './step-args';
import { capitalised, takeStep } from './take-step';
import { readAccess } from '../access/read-access';
import type { WorkflowAggregate, WorkflowDefinition } from './workflow-definition';

/** A step asked through the API: the verified caller is the actor, the request's trace goes with the event. */
export function takeApiStep<T extends WorkflowAggregate<Status>, Action extends string, Status extends string, Side extends string>(
  context: RequestContext,
  workflow: WorkflowDefinition<T, Action, Status, Side>,
  args: StepArgs,
  action: Action,
  note?: string | null,
  fields?: Readonly<Record<string, unknown>>,
): Promise<T> {
  const actor = actorFromIdentity(requireCaller(context));
  const { worksOf } = workflow;
  const assertReadable = worksOf
    ? async (aggregate: unknown) => readAccess(context).assertFound(await worksOf(aggregate as T, context), capitalised(workflow.noun), args.id)
    : undefined;
  return takeStep(context.em, workflow, { id: args.id, expectedVersion: args.expectedVersion, action, note, fields, actor, traceparent: context.traceparent, assertReadable });
}
