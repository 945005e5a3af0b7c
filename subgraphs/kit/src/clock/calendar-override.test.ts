import { BadUserInputError } from '../errors/errors';
import { calendarCorrectionProblems, calendarDateProblems, refuseInvalidFields } from './calendar-override';

describe('an administrator\'s batch of calendar corrections', () => {
  it('is fine with real days, known kinds and each date once', () => {
    expect(calendarCorrectionProblems([
      { date: '2027-02-06', kind: 'WORKING_DAY' },
      { date: '2027-02-10', kind: 'HOLIDAY' },
      { date: '2028-02-29', kind: 'HOLIDAY' },
    ])).toEqual([]);
  });

  it('names the field of each malformed or impossible date', () => {
    const problems = calendarCorrectionProblems([
      { date: '2027-02-06', kind: 'HOLIDAY' },
      { date: '2027-2-6', kind: 'HOLIDAY' },
      { date: '2027-02-29', kind: 'HOLIDAY' },
      { date: '2027-13-01', kind: 'HOLIDAY' },
      { date: 'tomorrow', kind: 'HOLIDAY' },
    ]);
    expect(problems.map((problem) => problem.field)).toEqual(['days.1.date', 'days.2.date', 'days.3.date', 'days.4.date']);
    expect(problems[0]?.problems).toEqual(['must be a real day of the calendar in the form YYYY-MM-DD']);
  });

  it('names an unknown kind and a date given twice, pointing at the first', () => {
    expect(calendarCorrectionProblems([
      { date: '2027-02-06', kind: 'HOLIDAY' },
      { date: '2027-02-07', kind: 'REST' },
      { date: '2027-02-06', kind: 'WORKING_DAY' },
    ])).toEqual([
      { field: 'days.1.kind', problems: ['must be one of WORKING_DAY, HOLIDAY'] },
      { field: 'days.2.date', problems: ['repeats the date of days.0'] },
    ]);
  });

  it('needs at least one day', () => {
    expect(calendarCorrectionProblems([])).toEqual([{ field: 'days', problems: ['name at least one day'] }]);
  });

  it('checks a list of dates alone the same way, e.g. corrections to remove', () => {
    expect(calendarDateProblems(['2027-02-06', '2027-02-30', '2027-02-06'])).toEqual([
      { field: 'dates.1', problems: ['must be a real day of the calendar in the form YYYY-MM-DD'] },
      { field: 'dates.2', problems: ['repeats the date of dates.0'] },
    ]);
  });

  it('is refused as BAD_USER_INPUT naming the first bad field, without quoting the input', () => {
    const refuse = () => refuseInvalidFields(calendarCorrectionProblems([{ date: '<script>', kind: 'HOLIDAY' }]));
    expect(refuse).toThrow(BadUserInputError);
    try {
      refuse();
    } catch (error) {
      expect((error as BadUserInputError).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'days.0.date' });
      expect((error as BadUserInputError).message).not.toContain('<script>');
    }
  });
});
