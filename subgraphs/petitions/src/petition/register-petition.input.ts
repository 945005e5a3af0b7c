import { IsDate, IsOptional, Length, Max, MaxDate, Min } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { PetitionCategory, PetitionChannel } from './petition-kind';

@InputType({ description: 'A petition as reception staff record it; it is received by the caller\'s agency.' })
export class RegisterPetitionInput {
  @Field(() => PetitionChannel)
  channel!: PetitionChannel;

  @Field(() => PetitionCategory)
  category!: PetitionCategory;

  @Field({ description: 'The petitioner, or the first representative of a group.' })
  @Length(1, 100)
  petitionerName!: string;

  @Field(() => Int, { defaultValue: 1, description: 'How many people petition together.' })
  @Min(1)
  @Max(10_000)
  headCount = 1;

  @Field()
  @Length(5, 4000)
  summary!: string;

  @Field({ nullable: true, description: 'When it was received; defaults to now, never in the future.' })
  @IsOptional()
  @IsDate()
  @MaxDate(() => new Date(Date.now() + 60_000), { message: 'receivedAt cannot be in the future' })
  receivedAt?: Date;
}
