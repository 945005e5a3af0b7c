import type { EventContract, EventOf } from '../events/contract';
import type { AgencyTopicFamily } from '../events/contracts/agency-topics';
import type { Role } from '../identity/identity';
import type { ConsumerDefinition } from '../messaging/consumer-runner';
import { on } from '../messaging/consumer-runner';
import { actorFromAgencyTopic } from './actor';
import { takeStep } from './take-step';
import type { WorkflowAggregate, WorkflowDefinition } from './workflow-definition';

/** What every "an agency's system reports a step" event carries besides the matter and the action. */
interface ReportedStepData {
  action: string;
  note: string | null;
  reportedBy: string;
  reportedByName?: string;
}

/**
 * Steps an agency's own system reports on its own `-updates` topic (a partner acknowledging a
 * referral, a court reporting progress on an assignment), taken exactly as the API takes them:
 * the agency is the topic's, the person is who the event names, the roles are those the
 * platform grants that agency's system. A step the rules refuse is dead-lettered with why.
 */
export function reportedStepsConsumer<C extends EventContract, T extends WorkflowAggregate<Status>, Action extends string, Status extends string, Side extends string>(options: {
  groupId: string;
  family: AgencyTopicFamily;
  contract: C;
  workflow: WorkflowDefinition<T, Action, Status, Side>;
  /** The roles an agency's system acts with. */
  roles: readonly Role[];
  /** Which matter the event is about. */
  subjectOf: (data: EventOf<C>['data']) => string;
  /** The workflow action the reported one stands for. */
  actionOf: (reported: string) => Action;
}): ConsumerDefinition {
  return {
    groupId: options.groupId,
    fromEveryAgency: options.family,
    handlers: [
      on(options.contract, async (event, em, delivery) => {
        const data = event.data as EventOf<C>['data'] & ReportedStepData;
        const actor = actorFromAgencyTopic(delivery, { userId: data.reportedBy, name: data.reportedByName, roles: options.roles });
        await takeStep(em, options.workflow, { id: options.subjectOf(data), action: options.actionOf(data.action), note: data.note, actor, traceparent: event.traceparent });
      }),
    ],
  };
}
