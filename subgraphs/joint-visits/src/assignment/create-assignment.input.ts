import { IsDate, IsOptional, IsUUID, Length, MinDate } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';

@InputType({ description: 'Assigns (交办) a petition to an agency with a task and a due date.' })
export class CreateAssignmentInput {
  @Field(() => ID, { description: 'The petition to assign.' })
  @IsUUID()
  petitionId!: string;

  @Field(() => ID, { nullable: true, description: 'The joint-visit session it is assigned at, if any.' })
  @IsOptional()
  @IsUUID()
  sessionId?: string;

  @Field(() => ID, { description: 'The agency that must do the work.' })
  @Length(1, 100)
  assigneeAgencyId!: string;

  @Field({ description: 'What the agency must do.' })
  @Length(5, 4000)
  task!: string;

  @Field({ description: 'When the work must be done; in the future.' })
  @IsDate()
  @MinDate(() => new Date(), { message: 'dueAt must be in the future' })
  dueAt!: Date;
}
