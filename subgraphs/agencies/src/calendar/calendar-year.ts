import { Field, Int, ObjectType } from 'type-graphql';
import { CalendarCorrection } from './calendar-correction';
import { CalendarCoverage } from './calendar-kind';
import type { CalendarDay } from './calendar-day';

/** One year of the working-day calendar: its corrections and where its holidays come from. */
@ObjectType({ description: 'One year of the working-day calendar deadlines are counted on: the official calendar with administrators\' corrections.' })
export class CalendarYear {
  @Field(() => Int)
  year!: number;

  @Field(() => Int, { description: 'How many times the year was corrected; 0 if never. Each correction is announced with it.' })
  revision!: number;

  @Field(() => CalendarCoverage)
  coverage!: CalendarCoverage;

  @Field(() => [CalendarCorrection], { description: 'The year\'s corrections, by date.' })
  corrections!: CalendarCorrection[];

  @Field(() => String, { nullable: true, description: 'Why the year was last changed.' })
  reason!: string | null;

  @Field(() => String, { nullable: true, description: 'Who last changed it.' })
  changedBy!: string | null;

  @Field(() => Date, { nullable: true })
  changedAt!: Date | null;

  /** Resolved as `days(kind)`. */
  namedDays!: CalendarDay[];
}
