import { Arg, Authorized, Ctx, Directive, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Public, Role } from '@xinfang/kit';
import type { RequestContext } from '@xinfang/kit';
import { originOf } from '../directory/origin';
import { AgencyType } from './agency-kind';
import { Agency } from './agency.entity';
import { agenciesByParent, agencyById } from './agency.loaders';
import { registerAgency, updateAgency } from './agency.service';
import { RegisterAgencyInput } from './register-agency.input';
import { UpdateAgencyInput } from './update-agency.input';

/**
 * The directory's own queries are answered fresh every time (`maxAge: 0` over the type's 30 s):
 * an administrator who has just registered or renamed an agency sees it at once. What the
 * gateway keeps are the agencies other subgraphs' answers refer to (`_entities`), asked for
 * in nearly every federated query.
 */
@Resolver(() => Agency)
export class AgencyResolver {
  @Public()
  @Directive('@cacheControl(maxAge: 0)')
  @Query(() => Agency, { nullable: true, description: 'One agency by id; the directory is public.' })
  async agency(@Arg('id', () => ID) id: string, @Ctx() context: RequestContext): Promise<Agency | null> {
    return agencyById(context).load(id);
  }

  @Public()
  @Directive('@cacheControl(maxAge: 0)')
  @Query(() => [Agency], { description: 'The directory, optionally of one type, ordered by level then name.' })
  async agencies(
    @Arg('type', () => AgencyType, { nullable: true }) type: AgencyType | undefined,
    @Ctx() { em }: RequestContext,
  ): Promise<Agency[]> {
    return em.find(Agency, type ? { type } : {}, { orderBy: { level: 'asc', name: 'asc' } });
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Agency, { description: 'Adds an agency to the directory (administrators); every subgraph hears of it on agencies.directory.v1.' })
  async registerAgency(@Arg('input') input: RegisterAgencyInput, @Ctx() context: RequestContext): Promise<Agency> {
    return registerAgency(context.em, input, originOf(context));
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Agency, { description: 'Renames, re-parents, deactivates or reactivates an agency (administrators); announced on agencies.directory.v1.' })
  async updateAgency(
    @Arg('id', () => ID, { description: 'The agency to change.' }) id: string,
    @Arg('input') input: UpdateAgencyInput,
    @Arg('expectedVersion', () => Int, { nullable: true, description: 'The `version` you last saw; CONFLICT if the agency changed since.' }) expectedVersion: number | undefined,
    @Ctx() context: RequestContext,
  ): Promise<Agency> {
    return updateAgency(context.em, id, input, expectedVersion, originOf(context));
  }

  @FieldResolver(() => Agency, { nullable: true, description: 'The superior agency (上级机关).' })
  async parent(@Root() agency: Agency, @Ctx() context: RequestContext): Promise<Agency | null> {
    return agency.parentId ? agencyById(context).load(agency.parentId) : null;
  }

  @FieldResolver(() => [Agency], { description: 'Agencies directly below this one.' })
  async children(@Root() agency: Agency, @Ctx() context: RequestContext): Promise<Agency[]> {
    return agenciesByParent(context).load(agency.id);
  }
}
