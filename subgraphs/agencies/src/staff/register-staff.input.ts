import { ArrayMaxSize, ArrayNotEmpty, IsOptional, Length, Matches } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { Role } from './staff-role';

@InputType({ description: 'A new member of an agency\'s staff.' })
export class RegisterStaffInput {
  @Field(() => ID, { nullable: true, description: 'Their user id in the identity provider (lower-case, digits, dots, dashes); generated when omitted.' })
  @IsOptional()
  @Matches(/^[a-z0-9][a-z0-9.-]{2,62}$/, { message: 'id must be 3-63 lower-case letters, digits, dots or dashes' })
  id?: string;

  @Field({ description: 'Full name.' })
  @Length(1, 50)
  name!: string;

  @Field(() => ID, { description: 'The agency they work for; it must be active.' })
  @Length(1, 100)
  agencyId!: string;

  @Field(() => String, { nullable: true, description: 'Department, e.g. 控告申诉检察部.' })
  @IsOptional()
  @Length(1, 100)
  department?: string | null;

  @Field(() => String, { nullable: true, description: 'Post, e.g. 检察长; required for leaders.' })
  @IsOptional()
  @Length(1, 50)
  title?: string | null;

  @Field(() => [Role], { description: 'What they may do on the platform.' })
  @ArrayNotEmpty()
  @ArrayMaxSize(8)
  roles!: Role[];

  @Field({ defaultValue: false, description: 'One of the agency\'s leaders (院领导); required for the LEADER role.' })
  isLeader: boolean = false;
}
