import { Length, Max, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';

@InputType({ description: 'A leader\'s reception slot on a reception day.' })
export class PublishReceptionSlotInput {
  @Field(() => ID, { description: 'The leader who receives: one of your agency\'s leaders.' })
  @Length(1, 200)
  leaderStaffId!: string;

  @Field()
  startsAt!: Date;

  @Field()
  endsAt!: Date;

  @Field()
  @Length(2, 200)
  place!: string;

  @Field(() => Int, { description: 'How many petitioners, 1 to 100.' })
  @Min(1)
  @Max(100)
  capacity!: number;
}
