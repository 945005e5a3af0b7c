import { ArrayMaxSize, IsOptional, Length, ValidateNested } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { CalendarDayKind } from './calendar-kind';

@InputType({ description: 'What one day is to be, whatever the official calendar or the weekday says.' })
export class CalendarDayInput {
  @Field({ description: 'The China day, YYYY-MM-DD; a real day of the calendar.' })
  date!: string;

  @Field(() => CalendarDayKind)
  kind!: CalendarDayKind;

  @Field(() => String, { nullable: true, description: 'Why, e.g. "2027 春节调休上班".' })
  @IsOptional()
  @Length(1, 200)
  note?: string | null;
}

@InputType({ description: 'Days to set, e.g. a new State Council notice before the package carries it; days already corrected are set again.' })
export class CorrectCalendarInput {
  @Field(() => [CalendarDayInput], { description: 'Each date once; a whole notice may span two years.' })
  @ArrayMaxSize(400)
  @ValidateNested()
  days!: CalendarDayInput[];

  @Field({ description: 'Why, e.g. "国办发明电〔2026〕x号"; kept with the year and announced.' })
  @Length(1, 500)
  reason!: string;
}

@InputType({ description: 'Corrections to take back: those days are again what the official calendar says.' })
export class RemoveCalendarCorrectionsInput {
  @Field(() => [String], { description: 'The corrected days, YYYY-MM-DD, each once.' })
  @ArrayMaxSize(400)
  dates!: string[];

  @Field({ description: 'Why; kept with the year and announced.' })
  @Length(1, 500)
  reason!: string;
}
