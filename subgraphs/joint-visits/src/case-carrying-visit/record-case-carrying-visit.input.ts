import { ArrayMaxSize, IsDate, IsEnum, IsOptional, Length, Matches, ValidateNested } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { VisitReason } from './visit-reason';

@InputType({ description: 'A follow-up task the visit leaves.' })
export class FollowUpTaskInput {
  @Field({ description: 'What must be done.' })
  @Length(2, 2000)
  task!: string;

  @Field(() => ID, { description: 'The member of staff who owns it.' })
  @Length(1, 200)
  ownerStaffId!: string;

  @Field({ description: 'The China calendar day it is due, YYYY-MM-DD; not before the visit.' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'dueDate must be a day in the form YYYY-MM-DD' })
  dueDate!: string;
}

@InputType({ description: 'A leader\'s case-carrying visit (带案下访) to a petitioner, recorded at or after the visit.' })
export class RecordCaseCarryingVisitInput {
  @Field(() => ID, { description: 'The petition the leader carried; one the joint-visits subgraph knows.' })
  @Length(1, 100)
  petitionId!: string;

  @Field(() => ID, { description: 'The leader who went: a leader of your agency.' })
  @Length(1, 200)
  leaderStaffId!: string;

  @Field({ description: 'When the visit took place; never in the future, may be long past (recorded late).' })
  @IsDate()
  visitedAt!: Date;

  @Field({ description: 'Where the leader met the petitioner.' })
  @Length(2, 500)
  place!: string;

  @Field(() => [ID], { nullable: true, description: 'Staff who went with the leader.' })
  @IsOptional()
  @ArrayMaxSize(20)
  @Length(1, 200, { each: true })
  companionStaffIds?: string[];

  @Field(() => VisitReason, { description: 'Why the leader went.' })
  @IsEnum(VisitReason)
  reason!: VisitReason;

  @Field({ nullable: true, description: 'The reason in words; required when the reason is OTHER.' })
  @IsOptional()
  @Length(0, 2000)
  reasonText?: string;

  @Field({ description: 'Why the petitioner petitions and what would resolve it.' })
  @Length(5, 8000)
  analysis!: string;

  @Field({ description: 'Help or legal consultation given.' })
  @Length(2, 8000)
  helpGiven!: string;

  @Field(() => [FollowUpTaskInput], { nullable: true, description: 'Follow-up tasks the visit leaves.' })
  @IsOptional()
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  followUps?: FollowUpTaskInput[];

  @Field({ description: 'Affirms the visit arrived without pomp, did not disturb the petitioner\'s life, and protected their privacy and reputation; must be true.' })
  privacyProtected!: boolean;

  @Field({ description: 'How privacy and reputation were protected.' })
  @Length(2, 2000)
  privacyNote!: string;
}
