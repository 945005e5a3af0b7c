import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { requireCaller } from '@xinfang/kit';
import type { RequestContext } from '@xinfang/kit';
import { Agency } from '../agency/agency.entity';
import { Staff } from './staff.entity';
import { staffByAgency } from './staff.loaders';

/** An agency's people. The agency directory is public; its staff list is for signed-in callers. */
@Resolver(() => Agency)
export class AgencyStaffResolver {
  @FieldResolver(() => [Staff], { description: 'The agency\'s staff, leaders first, then by name (signed-in callers).' })
  async staff(
    @Root() agency: Agency,
    @Arg('includeInactive', { defaultValue: false, description: 'Also people who have left their post.' }) includeInactive: boolean,
    @Ctx() context: RequestContext,
  ): Promise<Staff[]> {
    requireCaller(context);
    return staffByAgency(context, includeInactive).load(agency.id);
  }
}
