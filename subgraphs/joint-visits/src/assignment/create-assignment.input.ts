import { ArrayMaxSize, IsBoolean, IsDate, IsIn, IsOptional, IsUUID, Length, MaxDate, MinDate, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { ASSIGNMENT_TERMS_WORKING_DAYS } from '@xinfang/kit';

const DAY_MS = 24 * 3600_000;

/** One agency's part in an assignment decision: what it must do, and in how many working days. */
@InputType({ description: 'One agency\'s part in an assignment (交办): its task and its term in working days.' })
export class AssigneeTaskInput {
  @Field(() => ID, { description: 'The agency that must do it; known to the directory and active.' })
  @Length(1, 100)
  agencyId!: string;

  @Field({ description: 'What the agency must do.' })
  @Length(5, 4000)
  task!: string;

  @Field(() => Int, { description: `Its term in working days, counted from the assignment on the official calendar: one of ${ASSIGNMENT_TERMS_WORKING_DAYS.join(', ')}.` })
  @IsIn([...ASSIGNMENT_TERMS_WORKING_DAYS], { message: `workingDays must be one of ${ASSIGNMENT_TERMS_WORKING_DAYS.join(', ')}` })
  workingDays!: number;

  @Field({ defaultValue: false, description: 'The task needs the petitioners\' personal data (a visit, a call); otherwise the agency reads the petition without it.' })
  @IsBoolean()
  needsPersonalData: boolean = false;
}

@InputType({ description: 'Assigns (交办) a petition to a lead agency (主办) and co-handling agencies (协办), each with its own task and term.' })
export class CreateAssignmentInput {
  @Field(() => ID, { description: 'The petition to assign.' })
  @IsUUID()
  petitionId!: string;

  @Field(() => ID, { nullable: true, description: 'The joint-visit session it is assigned at, if any.' })
  @IsOptional()
  @IsUUID()
  sessionId?: string;

  @Field(() => AssigneeTaskInput, { description: 'The lead agency (主办单位), whose result closes the matter once the co-handlers have reported.' })
  @ValidateNested()
  lead!: AssigneeTaskInput;

  @Field(() => [AssigneeTaskInput], { defaultValue: [], description: 'The co-handling agencies (协办单位); each reports its own result to the commission.' })
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  coHandlers!: AssigneeTaskInput[];

  @Field({ nullable: true, description: 'When the commission decided it (e.g. at a session recorded afterwards); now by default, never in the future nor more than 90 days back.' })
  @IsOptional()
  @IsDate()
  @MaxDate(() => new Date(Date.now() + 60_000), { message: 'assignedAt cannot be in the future' })
  @MinDate(() => new Date(Date.now() - 90 * DAY_MS), { message: 'assignedAt may be at most 90 days back' })
  assignedAt?: Date;
}
