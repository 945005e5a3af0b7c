import { BadUserInputError, PersonalDataProtector, normalizeResidentId, readPersonalDataKeys, residentIdProblem } from '@xinfang/kit';

/**
 * The same keyed hash the petitions subgraph stores for a resident ID number: joint visits is
 * given the platform's personal-data hash key (PERSONAL_DATA_HASH_KEY) for this alone; it
 * stores no number and seals nothing. Read once at start: a malformed key fails the start.
 */
const personalData = new PersonalDataProtector(readPersonalDataKeys());

/** The hash a resident ID number is found by; BAD_USER_INPUT for a number that is not one. */
export function residentIdHash(idNumber: string): string {
  const problem = residentIdProblem(idNumber);
  if (problem) throw new BadUserInputError(problem, { field: 'idNumber' });
  return personalData.keyedHash('RESIDENT_ID', normalizeResidentId(idNumber));
}
