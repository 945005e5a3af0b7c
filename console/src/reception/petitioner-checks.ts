// The same rules the petitions subgraph applies, from the one source the kit keeps them in.
import { residentIdProblem } from '../../../subgraphs/kit/src/personal-data/resident-id';
import { phoneProblem } from '../../../subgraphs/kit/src/personal-data/masking';

/** Whether a resident identity number is valid (GB 11643: province, birth date, check digit), checked as it is typed. */
export function residentIdIsValid(value: string): boolean {
  return residentIdProblem(value) === null;
}

export function phoneIsValid(value: string): boolean {
  return phoneProblem(value) === null;
}
