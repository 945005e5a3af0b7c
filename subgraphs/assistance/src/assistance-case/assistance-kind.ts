import { registerEnumType } from 'type-graphql';

/** Priority groups for judicial assistance (司法救助重点对象). */
export enum PriorityGroup {
  MINOR = 'MINOR',
  WOMAN_IN_HARDSHIP = 'WOMAN_IN_HARDSHIP',
  DISABLED = 'DISABLED',
  /** 因案返贫致贫的农村群众 */
  RURAL_FALLEN_INTO_POVERTY = 'RURAL_FALLEN_INTO_POVERTY',
  NONE = 'NONE',
}

export enum AssistanceCaseStatus {
  OPEN = 'OPEN',
  APPROVED = 'APPROVED',
  PAID = 'PAID',
  CLOSED = 'CLOSED',
}

registerEnumType(PriorityGroup, { name: 'PriorityGroup', description: 'Priority groups for judicial assistance.' });
registerEnumType(AssistanceCaseStatus, { name: 'AssistanceCaseStatus', description: 'Where an assistance case stands.' });
