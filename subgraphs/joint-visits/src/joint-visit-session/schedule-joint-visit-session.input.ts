import { ArrayMaxSize, ArrayNotEmpty, IsDate, Length, Validate, ValidateNested, ValidatorConstraint } from 'class-validator';
import type { ValidationArguments, ValidatorConstraintInterface } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { SessionParticipantInput } from './session-participant';
import { endsAfterStart } from './session-window';

@ValidatorConstraint({ name: 'endsAfterStart' })
class EndsAfterStart implements ValidatorConstraintInterface {
  validate(endsAt: unknown, args: ValidationArguments): boolean {
    const { startsAt } = args.object as ScheduleJointVisitSessionInput;
    return endsAt instanceof Date && startsAt instanceof Date && endsAfterStart(startsAt, endsAt);
  }

  defaultMessage(): string {
    return 'endsAt must be after startsAt';
  }
}

@InputType({ description: 'A joint-visit session the caller\'s commission organises.' })
export class ScheduleJointVisitSessionInput {
  @Field({ description: 'What the session is about.' })
  @Length(1, 200)
  title!: string;

  @Field({ description: 'Where petitioners are received.' })
  @Length(1, 200)
  location!: string;

  @Field({ description: 'When the session starts.' })
  @IsDate()
  startsAt!: Date;

  @Field({ description: 'When the session ends; must be after it starts.' })
  @IsDate()
  @Validate(EndsAfterStart)
  endsAt!: Date;

  @Field(() => [SessionParticipantInput], { description: 'The agencies taking part (procuratorate, court, police, justice bureau, ...), each with its leader on duty.' })
  @ArrayNotEmpty()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  participants!: SessionParticipantInput[];
}
