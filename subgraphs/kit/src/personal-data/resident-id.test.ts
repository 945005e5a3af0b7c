import { residentIdCheckCharacter, residentIdFacts, residentIdProblem } from './resident-id';

// Made-up numbers with correct check characters; 11010519491231002X is GB 11643's own example.
describe('resident identity numbers (GB 11643)', () => {
  it.each([
    ['11010519491231002X', 'X'],
    ['340302198506151230', '0'],
    ['440304200002290014', '4'],
  ])('accepts %s, whose check character is %s', (number, check) => {
    expect(residentIdCheckCharacter(number.slice(0, 17))).toBe(check);
    expect(residentIdProblem(number)).toBeNull();
  });

  it('takes a lower-case x and surrounding spaces as the same number', () => {
    expect(residentIdProblem(' 11010519491231002x ')).toBeNull();
  });

  it('refuses a wrong check digit without quoting the number', () => {
    const problem = residentIdProblem('340302198506151231');
    expect(problem).toMatch(/check digit/);
    expect(problem).not.toContain('3403');
  });

  it.each([
    ['17 characters', '34030219850615123'],
    ['letters', '3403021985061512A0'],
    ['an unknown province', '990302198506151238'],
    ['30 February', '340302198502301235'],
    ['a birth in the future', '340302299901011230'],
    ['a birth before 1900', '340302189901011233'],
  ])('refuses %s', (_what, number) => {
    expect(residentIdProblem(number, new Date('2026-11-21T00:00:00Z'))).not.toBeNull();
  });

  it('reads the birth date and, from the 17th digit, the gender', () => {
    expect(residentIdFacts('340302198506151230')).toEqual({ birthDate: '1985-06-15', gender: 'MALE' });
    expect(residentIdFacts('440304200002290014')).toEqual({ birthDate: '2000-02-29', gender: 'MALE' });
    expect(residentIdFacts('11010519491231002X')).toEqual({ birthDate: '1949-12-31', gender: 'FEMALE' });
    expect(residentIdFacts('340302198506151231')).toBeNull();
  });
});
