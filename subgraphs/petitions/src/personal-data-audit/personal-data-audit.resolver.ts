import { Arg, Args, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { AgencyReference, ConnectionType, PageArgs, Role, agencyReference, paginate } from '@xinfang/kit';
import type { Connection, RequestContext } from '@xinfang/kit';
import { PersonalDataAccess } from './personal-data-access.entity';
import { PersonalDataAccessFilter } from './personal-data-access-filter.input';

const PersonalDataAccessConnection = ConnectionType(PersonalDataAccess, 'PersonalDataAccess');

@Resolver(() => PersonalDataAccess)
export class PersonalDataAuditResolver {
  @Authorized(Role.AUDITOR, Role.ADMIN)
  @Query(() => PersonalDataAccessConnection, { description: 'For auditors: every read of petitioners\' personal data, newest first.' })
  async personalDataAccessLog(
    @Arg('filter', () => PersonalDataAccessFilter, { nullable: true }) filter: PersonalDataAccessFilter | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() context: RequestContext,
  ): Promise<Connection<PersonalDataAccess>> {
    const { from, to, ...equal } = filter ?? {};
    const at = { ...(from ? { $gte: from } : {}), ...(to ? { $lt: to } : {}) };
    const where = Object.fromEntries(Object.entries({ ...equal, ...(from || to ? { at } : {}) }).filter(([, value]) => value !== undefined));
    return paginate(context.em, PersonalDataAccess, where, 'at', page);
  }

  @FieldResolver(() => AgencyReference, { description: 'The agency the reader acted for.' })
  agency(@Root() entry: PersonalDataAccess): AgencyReference {
    return agencyReference(entry.agencyId);
  }
}
