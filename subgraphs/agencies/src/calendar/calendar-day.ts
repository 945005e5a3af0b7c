import { Field, ObjectType } from 'type-graphql';
import { CalendarDayKind, CalendarDaySource } from './calendar-kind';

/** A day the official calendar or a correction names, as deadlines count it now. */
@ObjectType({ description: 'A day the official calendar or a correction names (a holiday, a make-up working day), and what it is now.' })
export class CalendarDay {
  @Field({ description: 'The China day, YYYY-MM-DD.' })
  date!: string;

  @Field(() => CalendarDayKind, { description: 'What the day is now.' })
  kind!: CalendarDayKind;

  @Field(() => CalendarDaySource, { description: 'Where that comes from; a correction wins over the package.' })
  source!: CalendarDaySource;

  @Field(() => CalendarDayKind, { nullable: true, description: 'What the package says of the day, if it names it.' })
  officialKind!: CalendarDayKind | null;

  @Field(() => String, { nullable: true, description: 'The holiday\'s name from the package (e.g. "Spring Festival,春节,8"), or the correction\'s note.' })
  note!: string | null;
}
