/** What a caller may do here; a token carries one or more. */
export enum Role {
  /** 12309 service-centre reception staff (接待人员): register petitions, send procedural replies. */
  RECEPTION = 'RECEPTION',
  /** Case handler (承办人) with first responsibility (首办责任制). */
  HANDLER = 'HANDLER',
  /** Department head: assigns and transfers within the procuratorate. */
  DEPARTMENT_HEAD = 'DEPARTMENT_HEAD',
  /** Leader / procurator-general (院领导): package cases, reception days, case-carrying visits. */
  LEADER = 'LEADER',
  /** Staff of a partner agency receiving referrals (civil affairs, women's federation, ...). */
  PARTNER = 'PARTNER',
  /** Political-legal commission (政法委) staff coordinating joint visits. */
  COMMISSION = 'COMMISSION',
  /** Auditors and supervisors: read-only access to the record. */
  AUDITOR = 'AUDITOR',
  ADMIN = 'ADMIN',
}

/** The verified caller, as every subgraph sees it. */
export interface Identity {
  /** Stable user id (the token's `sub`). */
  userId: string;
  name: string;
  /** The agency the caller works for; rules about who sees what start here. */
  agencyId: string;
  roles: Role[];
}

export function hasAnyRole(identity: Identity, roles: readonly Role[]): boolean {
  return roles.length === 0 || identity.roles.some((role) => roles.includes(role));
}
