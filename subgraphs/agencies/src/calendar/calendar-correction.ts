import { Field, ObjectType } from 'type-graphql';
import { CalendarDayKind } from './calendar-kind';

/** An administrator's correction of one day, as stored. */
@ObjectType({ description: 'An administrator\'s correction of one day of the official calendar; it wins over the package.' })
export class CalendarCorrection {
  @Field({ description: 'The China day, YYYY-MM-DD.' })
  date!: string;

  @Field(() => CalendarDayKind)
  kind!: CalendarDayKind;

  @Field(() => String, { nullable: true, description: 'Why, e.g. the State Council notice it comes from.' })
  note!: string | null;

  @Field({ description: 'The administrator who set it.' })
  setBy!: string;

  @Field()
  setAt!: Date;
}
