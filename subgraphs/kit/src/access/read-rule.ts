import { Role } from '../identity/identity';

/** Roles that read across agencies: coordination (政法委), supervision and administration. */
/** Read every agency's work: auditors and administrators; the commission too, except what is `beyondCommission`. */
export const CROSS_AGENCY_READERS: readonly Role[] = [Role.AUDITOR, Role.ADMIN];

/** Who is asking: the part of an identity the rule looks at. */
export interface Reader {
  agencyId: string;
  roles: readonly Role[];
}

/**
 * A piece of work as the rule sees it: the agency it belongs to (a petition's receiving
 * agency, a case's handling procuratorate, a referral's issuer) and the agencies it is
 * addressed to (a referral's partner, an assignment's assignee).
 */
export interface Work {
  owner: string;
  addressedTo?: readonly string[];
  /** The record this work is, named in the audit entry of a refused read (`Petition`, its id). */
  subject?: { type: string; id: string };
  /**
   * Not joint-visit work: a judicial-assistance file (hardship, payments, referrals) is read by
   * the commission only as by any agency, its own or addressed to it. The commission coordinates
   * petitions and joint visits across agencies; it has no need of a person's hardship.
   */
  beyondCommission?: boolean;
}

/**
 * What the rule can say before it knows the hierarchy: `ifSuperior` means the answer is yes
 * exactly when the reader's agency is one of the owner's superiors, so only then is the
 * directory worth asking.
 */
export type ReadDecision = 'allowed' | 'refused' | 'ifSuperior';

/**
 * Who may read which agency's work. Auditors and administrators read everything, the
 * commission everything but judicial-assistance files; an agency reads what is addressed to it; staff whose only role is PARTNER
 * read nothing else; anyone else reads their own agency's work, and a superior agency
 * (市院 over 县院, 省院 over both) reads the work of every agency below it. Nothing flows
 * upwards or sideways: a county never reads its superior's or a sibling's work, and a
 * superior of the agency a piece of work is addressed to does not read it for that alone.
 */
export function readDecision(reader: Reader, work: Work): ReadDecision {
  if (reader.roles.some((role) => CROSS_AGENCY_READERS.includes(role))) return 'allowed';
  if (reader.roles.includes(Role.COMMISSION) && !work.beyondCommission) return 'allowed';
  if (work.addressedTo?.includes(reader.agencyId)) return 'allowed';
  if (reader.roles.every((role) => role === Role.PARTNER)) return 'refused';
  if (work.owner === reader.agencyId) return 'allowed';
  return 'ifSuperior';
}

/** The whole rule, given the owner's chain of superiors (nearest first, any order will do). */
export function mayRead(reader: Reader, work: Work, ownerSuperiors: readonly string[]): boolean {
  const decision = readDecision(reader, work);
  return decision === 'allowed' || (decision === 'ifSuperior' && ownerSuperiors.includes(reader.agencyId));
}
