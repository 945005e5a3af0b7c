import { IsOptional, IsUUID, Length, Max, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { ApplicantRelation, AssistanceGrounds, PriorityGroup } from './assistance-kind';

@InputType({ description: 'Opens a judicial-assistance case at the caller\'s procuratorate, for a petition judicial assistance knows.' })
export class OpenAssistanceCaseInput {
  @Field(() => ID)
  @IsUUID()
  petitionId!: string;

  @Field({ description: 'The person to be helped.' })
  @Length(1, 100)
  applicantName!: string;

  @Field(() => ApplicantRelation, { nullable: true, description: 'A petitioner of the petition, or a close relative; needed before the case is proposed.' })
  @IsOptional()
  applicantRelation?: ApplicantRelation;

  @Field(() => AssistanceGrounds, { nullable: true, description: 'Needed before the case is proposed.' })
  @IsOptional()
  grounds?: AssistanceGrounds;

  @Field(() => PriorityGroup, { defaultValue: PriorityGroup.OTHER })
  priorityGroup: PriorityGroup = PriorityGroup.OTHER;

  @Field()
  @Length(5, 4000)
  hardship!: string;

  @Field(() => Int, { description: 'In fen; 0 when only referral help is sought.' })
  @Min(0)
  @Max(100_000_000)
  requestedAmountFen!: number;
}
