import type { EntityManager } from '@mikro-orm/postgresql';
import { BadUserInputError } from '../errors/errors';
import { DirectoryAgency } from './directory-agency.entity';
import { DirectoryStaff } from './directory-staff.entity';
import { agencyProblem, staffProblem } from './directory-problems';
import type { StaffRequirements } from './directory-problems';

/** BAD_USER_INPUT naming the field, in the shape class-validator's refusals take. */
function refuse(field: string, problems: string[]): never {
  throw new BadUserInputError(problems.join('; '), { field, invalidFields: [{ field, problems }] });
}

/**
 * The agency named in `field`, if this subgraph's copy of the directory knows it and it is
 * active; BAD_USER_INPUT naming the field otherwise. A just-registered agency is unknown
 * here until its event arrives (milliseconds, normally).
 */
export async function requireActiveAgency(em: EntityManager, id: string, field: string): Promise<DirectoryAgency> {
  const agency = await em.findOne(DirectoryAgency, { id });
  const problem = agencyProblem(id, agency);
  if (problem) refuse(field, [problem]);
  return agency!;
}

/** As `requireActiveAgency` for a list (e.g. a session's participants), in one query, naming every bad one. */
export async function requireActiveAgencies(em: EntityManager, ids: readonly string[], field: string): Promise<DirectoryAgency[]> {
  const agencies = await em.find(DirectoryAgency, { id: { $in: [...new Set(ids)] } });
  const byId = new Map(agencies.map((agency) => [agency.id, agency]));
  const problems = [...new Set(ids)].map((id) => agencyProblem(id, byId.get(id))).filter((problem) => problem !== null);
  if (problems.length > 0) refuse(field, problems);
  return ids.map((id) => byId.get(id)!);
}

/** The person named in `field`, if current, of an active agency, and meeting `requirements`. */
export async function requireActiveStaff(em: EntityManager, id: string, field: string, requirements: StaffRequirements = {}): Promise<DirectoryStaff> {
  const staff = await em.findOne(DirectoryStaff, { id });
  const agency = staff ? await em.findOne(DirectoryAgency, { id: staff.agencyId }) : null;
  const problem = staffProblem(id, staff, agency, requirements);
  if (problem) refuse(field, [problem]);
  return staff!;
}
