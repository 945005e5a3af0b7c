import { Field, ID, ObjectType } from 'type-graphql';

/** Work a visit leaves behind: what, who at the agency does it, by which China day. */
@ObjectType('CaseCarryingVisitFollowUp', { description: 'A follow-up task a case-carrying visit left, with its owner and due date.' })
export class FollowUpTask {
  @Field({ description: 'What must be done.' })
  task!: string;

  @Field(() => ID, { description: 'Id of the member of staff who owns it.' })
  ownerStaffId!: string;

  @Field({ description: 'The China calendar day it is due, YYYY-MM-DD.' })
  dueDate!: string;
}
