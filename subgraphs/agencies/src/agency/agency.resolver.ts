import { randomUUID } from 'node:crypto';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { BadUserInputError, ConflictError, Public, Role } from '@xinfang/kit';
import type { RequestContext } from '@xinfang/kit';
import { AgencyType } from './agency-kind';
import { Agency } from './agency.entity';
import { agencyLoader } from './agency.reference';
import { RegisterAgencyInput } from './register-agency.input';

@Resolver(() => Agency)
export class AgencyResolver {
  @Public()
  @Query(() => Agency, { nullable: true, description: 'One agency by id; the directory is public.' })
  async agency(@Arg('id', () => ID) id: string, @Ctx() context: RequestContext): Promise<Agency | null> {
    return agencyLoader(context).load(id);
  }

  @Public()
  @Query(() => [Agency], { description: 'The directory, optionally of one type, ordered by level then name.' })
  async agencies(
    @Arg('type', () => AgencyType, { nullable: true }) type: AgencyType | undefined,
    @Ctx() { em }: RequestContext,
  ): Promise<Agency[]> {
    return em.find(Agency, type ? { type } : {}, { orderBy: { level: 'asc', name: 'asc' } });
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Agency, { description: 'Adds an agency to the directory (administrators).' })
  async registerAgency(@Arg('input') input: RegisterAgencyInput, @Ctx() { em }: RequestContext): Promise<Agency> {
    if (input.parentId && !(await em.findOne(Agency, { id: input.parentId }))) {
      throw new BadUserInputError(`Parent agency ${input.parentId} does not exist`, { field: 'parentId' });
    }
    const agency = em.create(Agency, { ...input, id: input.id ?? randomUUID(), parentId: input.parentId ?? null, createdAt: new Date() });
    try {
      await em.persistAndFlush(agency);
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) throw new ConflictError(`Agency ${agency.id} already exists`);
      throw error;
    }
    return agency;
  }

  @FieldResolver(() => Agency, { nullable: true, description: 'The superior agency (上级机关).' })
  async parent(@Root() agency: Agency, @Ctx() context: RequestContext): Promise<Agency | null> {
    return agency.parentId ? agencyLoader(context).load(agency.parentId) : null;
  }

  @FieldResolver(() => [Agency], { description: 'Agencies directly below this one.' })
  async children(@Root() agency: Agency, @Ctx() context: RequestContext): Promise<Agency[]> {
    const loader = context.loader<string, Agency[]>('agencyChildren', async (parentIds) => {
      const rows = await context.em.find(Agency, { parentId: { $in: [...parentIds] } }, { orderBy: { name: 'asc' } });
      return parentIds.map((id) => rows.filter((row) => row.parentId === id));
    });
    return loader.load(agency.id);
  }
}
