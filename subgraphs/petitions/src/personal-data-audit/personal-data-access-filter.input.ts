import { IsDate, IsOptional } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { PersonalDataOperation } from './personal-data-access.entity';

@InputType({ description: 'Narrows the personal-data audit log; every field is optional.' })
export class PersonalDataAccessFilter {
  @Field({ nullable: true, description: 'Reads by this user.' })
  @IsOptional()
  userId?: string;

  @Field(() => ID, { nullable: true, description: 'Reads by staff of this agency.' })
  @IsOptional()
  agencyId?: string;

  @Field(() => ID, { nullable: true, description: 'Reads of this petition\'s petitioners.' })
  @IsOptional()
  petitionId?: string;

  @Field({ nullable: true, description: 'Reads of this petitioner, or look-ups of this keyed hash.' })
  @IsOptional()
  subjectId?: string;

  @Field(() => PersonalDataOperation, { nullable: true })
  @IsOptional()
  operation?: PersonalDataOperation;

  @Field({ nullable: true, description: 'From this instant on.' })
  @IsOptional()
  @IsDate()
  from?: Date;

  @Field({ nullable: true, description: 'Before this instant.' })
  @IsOptional()
  @IsDate()
  to?: Date;
}
