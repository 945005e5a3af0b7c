import { ArrayMaxSize, ArrayMinSize, IsDate, IsOptional, IsUUID, Length, Max, MaxDate, Min, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { PetitionerInput } from '../petitioner/petitioner.input';
import { PetitionCategory, PetitionChannel } from './petition-kind';

@InputType({ description: 'A petition as reception staff record it; it is received by the caller\'s agency.' })
export class RegisterPetitionInput {
  @Field(() => PetitionChannel)
  channel!: PetitionChannel;

  @Field(() => PetitionCategory)
  category!: PetitionCategory;

  @Field(() => [PetitionerInput], { nullable: true, description: 'Who petitions: one person, or a group\'s representatives (at most 5) and others named.' })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ValidateNested()
  petitioners?: PetitionerInput[];

  @Field({ nullable: true, description: 'Instead of petitioners: just the name of a single petitioner, with no other details.' })
  @IsOptional()
  @Length(1, 100)
  petitionerName?: string;

  @Field(() => Int, { defaultValue: 1, description: 'How many people petition together; at least the petitioners named.' })
  @Min(1)
  @Max(10_000)
  headCount = 1;

  @Field({ description: 'What the petition is about.' })
  @Length(5, 10_000)
  summary!: string;

  @Field({ description: 'What the petitioner asks for (诉求).' })
  @Length(2, 4000)
  request!: string;

  @Field(() => ID, { nullable: true, description: 'The agency with jurisdiction over the matter, if reception knows it: a petition received above it is leapfrog (越级访).' })
  @IsOptional()
  @Length(1, 200)
  jurisdictionAgencyId?: string;

  @Field({ defaultValue: false, description: 'The petitioner brings new facts or reasons, so a final decision on the same matter (after re-review) does not bar it.' })
  newFacts: boolean = false;

  @Field({ nullable: true, description: 'When it was received; defaults to now, never in the future.' })
  @IsOptional()
  @IsDate()
  @MaxDate(() => new Date(Date.now() + 60_000), { message: 'receivedAt cannot be in the future' })
  receivedAt?: Date;

  @Field(() => ID, { nullable: true, description: 'With channel JOINT_VISIT: the joint-visit session (联合接访) it was received at, which then lists it.' })
  @IsOptional()
  @IsUUID()
  jointVisitSessionId?: string;
}
