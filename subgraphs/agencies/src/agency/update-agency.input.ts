import { IsOptional, Length, Matches } from 'class-validator';
import { Field, InputType } from 'type-graphql';

@InputType({ description: 'Changes to an agency; fields left out stay as they are.' })
export class UpdateAgencyInput {
  @Field({ nullable: true, description: 'Official name, e.g. after a reorganisation.' })
  @IsOptional()
  @Length(2, 100)
  name?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Length(2, 200)
  englishName?: string;

  @Field(() => String, { nullable: true, description: 'Id of the new superior agency; null to have none.' })
  @IsOptional()
  @Length(1, 100)
  parentId?: string | null;

  @Field({ nullable: true })
  @IsOptional()
  @Matches(/^\d{6}$/, { message: 'regionCode must be a 6-digit GB/T 2260 code' })
  regionCode?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Length(2, 100)
  regionName?: string;

  @Field({ nullable: true, description: 'false to deactivate: no new referrals, assignments or sessions may name the agency; true to reactivate.' })
  @IsOptional()
  active?: boolean;
}
