import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Role, requireCaller } from '@xinfang/kit';
import type { RequestContext } from '@xinfang/kit';
import { Agency } from '../agency/agency.entity';
import { agencyById } from '../agency/agency.loaders';
import { originOf } from '../directory/origin';
import { RegisterStaffInput } from './register-staff.input';
import { Staff } from './staff.entity';
import { staffById } from './staff.loaders';
import { registerStaff, updateStaff } from './staff.service';
import { UpdateStaffInput } from './update-staff.input';

/**
 * The staff directory: anyone signed in may look officials up (names, agency, department,
 * roles are no secret inside the platform); only administrators change it.
 */
@Resolver(() => Staff)
export class StaffResolver {
  @Query(() => Staff, { nullable: true, description: 'One member of staff by id (signed-in callers).' })
  async staff(@Arg('id', () => ID) id: string, @Ctx() context: RequestContext): Promise<Staff | null> {
    requireCaller(context);
    return staffById(context).load(id);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Staff, { description: 'Registers a member of an agency\'s staff (administrators); announced on agencies.directory.v1.' })
  async registerStaff(@Arg('input') input: RegisterStaffInput, @Ctx() context: RequestContext): Promise<Staff> {
    return registerStaff(context.em, input, originOf(context));
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Staff, { description: 'Changes a staff record: department, roles, post, a transfer, or `active: false` when they leave (administrators).' })
  async updateStaff(
    @Arg('id', () => ID, { description: 'The person to change.' }) id: string,
    @Arg('input') input: UpdateStaffInput,
    @Arg('expectedVersion', () => Int, { nullable: true, description: 'The `version` you last saw; CONFLICT if the record changed since.' }) expectedVersion: number | undefined,
    @Ctx() context: RequestContext,
  ): Promise<Staff> {
    return updateStaff(context.em, id, input, expectedVersion, originOf(context), context.identity);
  }

  @FieldResolver(() => Agency, { description: 'The agency they work for.' })
  async agency(@Root() staff: Staff, @Ctx() context: RequestContext): Promise<Agency> {
    // The staff table's foreign key guarantees the agency exists.
    return (await agencyById(context).load(staff.agencyId))!;
  }
}
