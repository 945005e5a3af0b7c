import { Field, Int, ObjectType } from 'type-graphql';
import { DeadlineClock } from '@xinfang/kit';
import { Petition } from '../petition/petition.entity';

/** One deadline a petition is late on, or soon due on, with the petition it belongs to. */
@ObjectType({ description: 'A petition\'s deadline that is overdue or due soon, most urgent first.' })
export class PetitionDeadline {
  @Field(() => Petition)
  petition!: Petition;

  @Field(() => DeadlineClock, { description: 'Which deadline, who owes it, and when it is or was due.' })
  deadline!: DeadlineClock;

  @Field(() => Int, { description: 'Whole days left before it is due (negative: days overdue), counted from now.' })
  daysLeft!: number;
}
