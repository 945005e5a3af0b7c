import { ArrayMaxSize, ArrayNotEmpty, IsEnum, Length } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { ContactPointKind } from './contact-point-kind';
import { VisitingDayInput } from './visiting-day.types';

@InputType({ description: 'A contact point as it should be: set up, or replaced whole by an update.' })
export class ContactPointInput {
  @Field(() => ContactPointKind, { description: 'Township or community.' })
  @IsEnum(ContactPointKind)
  kind!: ContactPointKind;

  @Field({ description: 'Its name.' })
  @Length(2, 200)
  name!: string;

  @Field({ description: 'Where it is.' })
  @Length(2, 500)
  address!: string;

  @Field(() => ID, { description: 'The agency responsible (fixed-point responsibility).' })
  @Length(1, 100)
  agencyId!: string;

  @Field(() => [ID], { description: 'Liaison officers: staff of the responsible agency.' })
  @ArrayNotEmpty()
  @ArrayMaxSize(20)
  @Length(1, 200, { each: true })
  liaisonStaffIds!: string[];

  @Field(() => [VisitingDayInput], { description: 'Its fixed visiting days.' })
  @ArrayNotEmpty()
  @ArrayMaxSize(31)
  visitingDays!: VisitingDayInput[];
}
