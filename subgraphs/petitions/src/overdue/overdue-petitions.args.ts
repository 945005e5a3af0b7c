import { IsOptional, Max, Min } from 'class-validator';
import { ArgsType, Field, ID, Int } from 'type-graphql';
import { PageArgs } from '@xinfang/kit';

@ArgsType()
export class OverduePetitionsArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'The agency that owes the answers; your own by default (a superior may ask for one below it).' })
  @IsOptional()
  agencyId?: string;

  @Field(() => ID, { nullable: true, description: 'Only deadlines this handler (staff id) is accountable for.' })
  @IsOptional()
  handlerStaffId?: string;

  @Field(() => Int, { nullable: true, description: 'Also those due within this many days; without it, only the overdue.' })
  @IsOptional()
  @Min(0)
  @Max(366)
  dueWithinDays?: number;
}
