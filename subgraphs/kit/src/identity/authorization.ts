import { Extensions } from 'type-graphql';
import type { AuthChecker, MiddlewareFn } from 'type-graphql';
import { ForbiddenError, UnauthenticatedError } from '../errors/errors';
import type { RequestContext } from '../server/request-context';
import { auditDenial } from '../audit/audit';
import { hasAnyRole } from './identity';
import type { Identity, Role } from './identity';

/** Marks a root field that anyone may call, e.g. a petitioner's progress look-up. */
export const Public = (): MethodDecorator & ClassDecorator => Extensions({ public: true });

/**
 * Secure by default: every Query and Mutation field needs a verified identity unless it
 * is marked @Public(). Nested fields are reached only through an authorised root.
 * `publicFields` holds `Query.agency`-style names; it is filled once the type-graphql
 * schema is built, because the federated schema is rebuilt from SDL and loses extensions.
 */
export function requireIdentity(publicFields: ReadonlySet<string>): MiddlewareFn<RequestContext> {
  return async ({ info, context }, next) => {
    const isRoot = info.parentType.name === 'Query' || info.parentType.name === 'Mutation';
    if (isRoot && !context.identity && !publicFields.has(`${info.parentType.name}.${info.fieldName}`)) {
      throw new UnauthenticatedError();
    }
    return next();
  };
}

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
