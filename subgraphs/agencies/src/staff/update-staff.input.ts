import { ArrayMaxSize, ArrayNotEmpty, IsOptional, Length } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { Role } from './staff-role';

@InputType({ description: 'Changes to a staff record; fields left out stay as they are.' })
export class UpdateStaffInput {
  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 50)
  name?: string;

  @Field(() => ID, { nullable: true, description: 'A transfer to another (active) agency.' })
  @IsOptional()
  @Length(1, 100)
  agencyId?: string;

  @Field(() => String, { nullable: true, description: 'New department; null for none.' })
  @IsOptional()
  @Length(1, 100)
  department?: string | null;

  @Field(() => String, { nullable: true, description: 'New post; null for none (not for a leader).' })
  @IsOptional()
  @Length(1, 50)
  title?: string | null;

  @Field(() => [Role], { nullable: true, description: 'The full new set of roles.' })
  @IsOptional()
  @ArrayNotEmpty()
  @ArrayMaxSize(8)
  roles?: Role[];

  @Field({ nullable: true })
  @IsOptional()
  isLeader?: boolean;

  @Field({ nullable: true, description: 'false when the person leaves their post: they can no longer be named in new work; true to reinstate.' })
  @IsOptional()
  active?: boolean;
}
