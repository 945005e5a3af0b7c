import { BadUserInputError } from '@xinfang/kit';
import type { PetitionerInput } from './petitioner.input';

/** Regulations on Letters and Visits, art. 20: a group sends at most five representatives. */
export const MAX_REPRESENTATIVES = 5;

export interface PetitionersGiven {
  petitioners?: readonly Pick<PetitionerInput, 'representative'>[] | null;
  petitionerName?: string | null;
  headCount: number;
}

export interface InputProblem {
  field: string;
  problem: string;
}

/**
 * What is wrong with who a petition is from, beyond each field's own rules: someone must be
 * named (the petitioners, or just a name), at most five represent a group, and the head
 * count covers everyone named.
 */
export function petitionersProblems(input: PetitionersGiven): InputProblem[] {
  const problems: InputProblem[] = [];
  const petitioners = input.petitioners ?? [];
  if (petitioners.length === 0 && !input.petitionerName) problems.push({ field: 'petitioners', problem: 'name at least one petitioner, or give petitionerName' });
  if (petitioners.length > 0 && input.petitionerName) problems.push({ field: 'petitionerName', problem: 'give the petitioners or petitionerName, not both' });
  const representatives = petitioners.filter((petitioner) => petitioner.representative).length;
  if (representatives > MAX_REPRESENTATIVES) {
    problems.push({ field: 'petitioners', problem: `a group sends at most ${MAX_REPRESENTATIVES} representatives (Regulations art. 20); ${representatives} are marked` });
  }
  if (input.headCount < petitioners.length) problems.push({ field: 'headCount', problem: `the head count must cover the ${petitioners.length} petitioners named` });
  return problems;
}

/** BAD_USER_INPUT naming every field at fault, in the shape class-validator's refusals take. */
export function refuseProblems(problems: readonly InputProblem[]): void {
  if (problems.length === 0) return;
  const fields = [...new Set(problems.map((problem) => problem.field))];
  throw new BadUserInputError(problems.map((problem) => `${problem.field}: ${problem.problem}`).join('; '), {
    field: fields[0],
    invalidFields: fields.map((field) => ({ field, problems: problems.filter((problem) => problem.field === field).map((problem) => problem.problem) })),
  });
}
