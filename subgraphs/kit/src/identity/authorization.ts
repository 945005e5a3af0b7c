import { Extensions } from 'type-graphql';
import type { AuthChecker } from 'type-graphql';
import { ForbiddenError, UnauthenticatedError } from '../errors/errors';
import type { RequestContext } from '../server/request-context';
import { auditDenial } from '../audit/audit';
import { hasAnyRole } from './identity';
import type { Identity, Role } from './identity';

/** Marks a root field that anyone may call, e.g. a petitioner's progress look-up. */
export const Public = (): MethodDecorator & ClassDecorator => Extensions({ public: true });

/** Backs `@Authorized(Role.X, ...)`: the caller needs one of the listed roles. */
export const roleAuthChecker: AuthChecker<RequestContext, Role> = async ({ context, info }, roles) => {
  if (!context.identity) throw new UnauthenticatedError();
  if (!hasAnyRole(context.identity, roles)) {
    const refusal = `This needs one of the roles ${roles.join(', ')}`;
    // The field refused is the subject: who tried to reach what, written before the error.
    await auditDenial(context, { subjectType: 'Field', subjectId: `${info.parentType.name}.${info.fieldName}`, purpose: refusal });
    throw new ForbiddenError(refusal);
  }
  return true;
};

export function requireCaller(context: RequestContext): Identity {
  if (!context.identity) throw new UnauthenticatedError();
  return context.identity;
}
