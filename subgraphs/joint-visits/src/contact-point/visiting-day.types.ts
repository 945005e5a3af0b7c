import { Field, InputType, Int, ObjectType } from 'type-graphql';
import type { VisitingDay } from './visiting-days';

@ObjectType('ContactPointVisitingDay', { description: 'A fixed visiting day: weekly on a weekday or monthly on a day of the month, between two Beijing times.' })
export class VisitingDayView implements VisitingDay {
  @Field(() => Int, { nullable: true, description: 'Every week on this weekday, 1 = Monday … 7 = Sunday.' })
  weekday!: number | null;

  @Field(() => Int, { nullable: true, description: 'Every month on this day (1–31); a month without it has no visit on it.' })
  dayOfMonth!: number | null;

  @Field({ description: 'From, HH:MM Beijing time.' })
  startTime!: string;

  @Field({ description: 'Until, HH:MM Beijing time.' })
  endTime!: string;
}

@InputType('ContactPointVisitingDayInput', { description: 'A fixed visiting day: give either weekday or dayOfMonth.' })
export class VisitingDayInput {
  @Field(() => Int, { nullable: true, description: 'Every week on this weekday, 1 = Monday … 7 = Sunday.' })
  weekday?: number | null;

  @Field(() => Int, { nullable: true, description: 'Every month on this day, 1–31.' })
  dayOfMonth?: number | null;

  @Field({ description: 'From, HH:MM Beijing time.' })
  startTime!: string;

  @Field({ description: 'Until, HH:MM Beijing time; after startTime.' })
  endTime!: string;
}

@ObjectType('ContactPointVisit', { description: 'The next visiting hours at a contact point.' })
export class NextVisitView {
  @Field({ description: 'The China date, YYYY-MM-DD.' })
  date!: string;

  @Field({ description: 'When the hours start.' })
  startsAt!: Date;

  @Field({ description: 'When they end.' })
  endsAt!: Date;
}
