import type { Role } from '../identity/identity';

/** One step of a workflow: where it may start, where it leads, who may take it and what they must give. */
export interface WorkflowStep<Status extends string, Side extends string> {
  from: readonly Status[];
  /** Where it leads; none: the matter stays where it is (a reply sent, a deadline extended), and the step is still recorded. */
  to?: Status;
  /**
   * Where the step's effects may move the matter on to instead, when the step completes
   * something only the database can tell (the payment that reaches the approved amount pays
   * the case). The history entry and the event carry where it really went.
   */
  then?: readonly Status[];
  /** The side of the matter that takes the step; the workflow's definition says which agency is on it. */
  by: Side;
  /** The actor needs one of these roles; none listed: anyone acting for that side's agency. */
  roles?: readonly Role[];
  /** The step must say why, or what came of it (a decline's reason, a completion's outcome). */
  needsNote?: boolean;
  /** What the caller calls the note (`reason`, `outcome`), so errors name the argument they know; default `note`. */
  noteName?: string;
  /** Other fields the step cannot be taken without, by the names the caller gives them. */
  requires?: readonly string[];
  /** The step in words, for messages (`report progress on`); default the action in lower case. */
  verb?: string;
}

/** Every step of one workflow, by action. */
export type StepTable<Action extends string, Status extends string, Side extends string> = Readonly<Record<Action, WorkflowStep<Status, Side>>>;
