import { IsUUID, Length, Max, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { PriorityGroup } from './assistance-kind';

@InputType({ description: 'Opens a judicial-assistance case at the caller\'s procuratorate.' })
export class OpenAssistanceCaseInput {
  @Field(() => ID)
  @IsUUID()
  petitionId!: string;

  @Field()
  @Length(1, 100)
  applicantName!: string;

  @Field(() => PriorityGroup, { defaultValue: PriorityGroup.NONE })
  priorityGroup: PriorityGroup = PriorityGroup.NONE;

  @Field()
  @Length(5, 4000)
  hardship!: string;

  @Field(() => Int, { description: 'In fen; 0 when only referral help is sought.' })
  @Min(0)
  @Max(100_000_000)
  requestedAmountFen!: number;
}
