import { ForbiddenError, Role, readAccess, requireCaller } from '@xinfang/kit';
import type { ReadAccess, RequestContext } from '@xinfang/kit';

/**
 * Who may see a petitioner's numbers whole: the staff who deal with the person (reception
 * calling back, handlers, department heads, leaders), never auditors, the commission,
 * administrators or partners, whose reading across agencies does not extend to them.
 */
export const PERSONAL_DATA_ROLES: readonly Role[] = [Role.RECEPTION, Role.HANDLER, Role.DEPARTMENT_HEAD, Role.LEADER];

/**
 * The read rule for personal data: the caller reads as staff of their agency, with only the
 * roles above, so a petition is open to them only as their own agency's work or a
 * subordinate's, whatever other roles they hold. FORBIDDEN without one of the roles.
 */
export function personalDataAccess(context: RequestContext): ReadAccess {
  const caller = requireCaller(context);
  const roles = caller.roles.filter((role) => PERSONAL_DATA_ROLES.includes(role));
  if (roles.length === 0) throw new ForbiddenError(`Personal data is shown whole only to ${PERSONAL_DATA_ROLES.join(', ')} staff`);
  return readAccess({ ...context, identity: { ...caller, roles } });
}

export const personalDataNotVisible = 'Personal data of petitions your agency may not read is not shown';
