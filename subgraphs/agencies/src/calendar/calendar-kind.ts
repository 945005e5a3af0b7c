import { registerEnumType } from 'type-graphql';

/** What a day is: the kit's `DayKind`, as GraphQL shows it. */
export enum CalendarDayKind {
  WORKING_DAY = 'WORKING_DAY',
  HOLIDAY = 'HOLIDAY',
}

/** Where what a day is comes from. */
export enum CalendarDaySource {
  /** The official calendar as the installed `chinese-days` carries it. */
  PACKAGE = 'PACKAGE',
  /** An administrator's correction, which wins over the package. */
  CORRECTION = 'CORRECTION',
}

/** Whether a year's rest days are known: the kit's `YearCoverage`. */
export enum CalendarCoverage {
  OFFICIAL = 'OFFICIAL',
  OVERRIDES = 'OVERRIDES',
  NONE = 'NONE',
}

registerEnumType(CalendarDayKind, {
  name: 'DayKind',
  description: 'What a day is for deadlines counted in working days.',
  valuesConfig: {
    WORKING_DAY: { description: 'A working day (工作日), e.g. a weekend made a make-up working day (调休上班).' },
    HOLIDAY: { description: 'A rest day (休息日), e.g. a public holiday (法定节假日).' },
  },
});
registerEnumType(CalendarDaySource, { name: 'CalendarDaySource', description: 'Where what a day is comes from: the official calendar package, or an administrator\'s correction.' });
registerEnumType(CalendarCoverage, {
  name: 'CalendarCoverage',
  description: 'Whether a year\'s holidays are known.',
  valuesConfig: {
    OFFICIAL: { description: 'The package carries the year\'s State Council notice (corrections may still change days).' },
    OVERRIDES: { description: 'Only administrators\' corrections say which days are holidays.' },
    NONE: { description: 'Nothing does: working days are plain Monday to Friday, and deadlines counted in them are guesswork.' },
  },
});
