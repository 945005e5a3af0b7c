import { IsOptional, Length, Matches } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { AgencyLevel, AgencyType } from './agency-kind';

@InputType({ description: 'A new agency for the directory.' })
export class RegisterAgencyInput {
  @Field({ nullable: true, description: 'Readable id (lower-case, digits, dashes); generated when omitted.' })
  @IsOptional()
  @Matches(/^[a-z0-9][a-z0-9-]{2,62}$/, { message: 'id must be 3-63 lower-case letters, digits or dashes' })
  id?: string;

  @Field()
  @Length(2, 100)
  name!: string;

  @Field()
  @Length(2, 200)
  englishName!: string;

  @Field(() => AgencyType)
  type!: AgencyType;

  @Field(() => AgencyLevel)
  level!: AgencyLevel;

  @Field({ nullable: true, description: 'Id of the superior agency.' })
  @IsOptional()
  parentId?: string;

  @Field()
  @Matches(/^\d{6}$/, { message: 'regionCode must be a 6-digit GB/T 2260 code' })
  regionCode!: string;

  @Field()
  @Length(2, 100)
  regionName!: string;
}
