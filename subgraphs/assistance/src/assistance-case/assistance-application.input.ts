import { IsOptional, Length, Max, Min } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { ApplicantRelation, AssistanceGrounds, PriorityGroup } from './assistance-kind';

@InputType({ description: 'The application as the handler completes it when proposing the case; what is left out stays as it is.' })
export class AssistanceApplicationInput {
  @Field(() => String, { nullable: true, description: 'The person to be helped.' })
  @IsOptional()
  @Length(1, 100)
  applicantName?: string;

  @Field(() => ApplicantRelation, { nullable: true })
  @IsOptional()
  applicantRelation?: ApplicantRelation;

  @Field(() => AssistanceGrounds, { nullable: true })
  @IsOptional()
  grounds?: AssistanceGrounds;

  @Field(() => PriorityGroup, { nullable: true })
  @IsOptional()
  priorityGroup?: PriorityGroup;

  @Field(() => String, { nullable: true, description: 'Why the person is in hardship because of the case.' })
  @IsOptional()
  @Length(5, 4000)
  hardship?: string;

  @Field(() => Int, { nullable: true, description: 'In fen.' })
  @IsOptional()
  @Min(0)
  @Max(100_000_000)
  requestedAmountFen?: number;
}
