import { Arg, Authorized, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Role, requireCaller } from '@xinfang/kit';
import type { RequestContext } from '@xinfang/kit';
import { originOf } from '../directory/origin';
import { CalendarDay } from './calendar-day';
import { CalendarDayKind } from './calendar-kind';
import { CalendarYear } from './calendar-year';
import { calendarYearOf, correctCalendar, removeCalendarCorrections } from './calendar.service';
import { CorrectCalendarInput, RemoveCalendarCorrectionsInput } from './correct-calendar.input';

/**
 * The working-day calendar every deadline counts on: China's official one from the
 * `chinese-days` package, with administrators' corrections, which win. A correction is
 * announced on `agencies.directory.v1`, and every subgraph moves its open clocks by it.
 */
@Resolver(() => CalendarYear)
export class CalendarResolver {
  @Query(() => CalendarYear, { description: 'One year of the working-day calendar: its corrections, and the holidays and make-up working days it names.' })
  calendarYear(@Arg('year', () => Int) year: number, @Ctx() context: RequestContext): Promise<CalendarYear> {
    return calendarYearOf(context.em, year);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => [CalendarYear], { description: 'Sets days of the calendar (administrators), e.g. next year\'s State Council notice; returns the years it named. Open deadlines counted in working days move in every subgraph.' })
  correctCalendar(@Arg('input') input: CorrectCalendarInput, @Ctx() context: RequestContext): Promise<CalendarYear[]> {
    return correctCalendar(context.em, input, requireCaller(context), originOf(context));
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => [CalendarYear], { description: 'Takes corrections back (administrators): the days are again what the official calendar says; deadlines move back.' })
  removeCalendarCorrections(@Arg('input') input: RemoveCalendarCorrectionsInput, @Ctx() context: RequestContext): Promise<CalendarYear[]> {
    return removeCalendarCorrections(context.em, input, requireCaller(context), originOf(context));
  }

  @FieldResolver(() => [CalendarDay], { description: 'The days the official calendar or a correction names, by date, with what each is now and where that comes from; plain weekends are left out.' })
  days(
    @Root() calendar: CalendarYear,
    @Arg('kind', () => CalendarDayKind, { nullable: true, description: 'Only holidays (the named non-working days), or only working days.' }) kind: CalendarDayKind | undefined,
  ): CalendarDay[] {
    return kind ? calendar.namedDays.filter((day) => day.kind === kind) : calendar.namedDays;
  }
}
