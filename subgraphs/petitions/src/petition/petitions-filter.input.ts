import { IsOptional } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { PetitionCategory, PetitionChannel, PetitionStatus } from './petition-kind';

@InputType({ description: 'Narrows a petition list; every field is optional.' })
export class PetitionsFilter {
  @Field(() => PetitionStatus, { nullable: true })
  @IsOptional()
  status?: PetitionStatus;

  @Field(() => PetitionChannel, { nullable: true })
  @IsOptional()
  channel?: PetitionChannel;

  @Field(() => PetitionCategory, { nullable: true })
  @IsOptional()
  category?: PetitionCategory;

  @Field(() => ID, { nullable: true, description: 'Receiving agency; the caller\'s own when neither this nor handlingAgencyId is given.' })
  @IsOptional()
  receivingAgencyId?: string;

  @Field(() => ID, { nullable: true, description: 'The agency with first responsibility now, e.g. your own for what was transferred to you.' })
  @IsOptional()
  handlingAgencyId?: string;

  @Field({ nullable: true, description: 'Repeat petitions (重复访) only, or none of them.' })
  @IsOptional()
  repeat?: boolean;

  @Field({ nullable: true, description: 'Group petitions (集体访) only, or none of them.' })
  @IsOptional()
  group?: boolean;

  @Field({ nullable: true, description: 'Leapfrog petitions (越级访) only, or none of them.' })
  @IsOptional()
  leapfrog?: boolean;
}
