import { FieldResolver, Resolver, Root } from 'type-graphql';
import { StaffReference, shanghaiDateOf, staffReference } from '@xinfang/kit';
import { FollowUpTask } from './follow-up-task';

/** Who owns a visit's follow-up, and whether its due day has passed. */
@Resolver(() => FollowUpTask)
export class FollowUpTaskResolver {
  @FieldResolver(() => StaffReference, { description: 'The member of staff who owns it.' })
  owner(@Root() task: FollowUpTask): StaffReference {
    return staffReference(task.ownerStaffId);
  }

  @FieldResolver(() => Boolean, { description: 'Whether its due day (China calendar) is over. Follow-ups are listed with their due dates; nothing records them done yet.' })
  pastDue(@Root() task: FollowUpTask): boolean {
    return shanghaiDateOf(new Date()) > task.dueDate;
  }
}
