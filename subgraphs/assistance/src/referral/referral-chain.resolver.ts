import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { Role, StepArgs, loaderById, readAccess, requireCaller } from '@xinfang/kit';
import type { RequestContext } from '@xinfang/kit';
import { RedirectReferralInput } from './redirect-referral.input';
import { redirectReferral } from './redirect-referral.service';
import { referralWork } from './referral-access';
import { Referral } from './referral.entity';

/** Referrals by id, batched per request. */
const referralById = (context: RequestContext) => loaderById(context, Referral);

/**
 * A declined referral redirected to another partner, and the chain (转介链) it makes: each
 * agency sees the links it may read (a partner, only the referrals addressed to it).
 */
@Resolver(() => Referral)
export class ReferralChainResolver {
  @Authorized(Role.HANDLER, Role.DEPARTMENT_HEAD, Role.LEADER)
  @Mutation(() => Referral, { description: 'Sends a declined referral on to another partner agency: returns the new referral, linked to the declined one, which becomes REDIRECTED.' })
  redirectReferral(@Args(() => StepArgs) args: StepArgs, @Arg('input') input: RedirectReferralInput, @Ctx() context: RequestContext): Promise<Referral> {
    return redirectReferral(context.em, args.id, input, requireCaller(context), { expectedVersion: args.expectedVersion, traceparent: context.traceparent });
  }

  @FieldResolver(() => Referral, { nullable: true, description: 'The declined referral this one redirects, if you may read it.' })
  redirectedFrom(@Root() referral: Referral, @Ctx() context: RequestContext): Promise<Referral | null> {
    return readableLink(context, referral.redirectedFromId);
  }

  @FieldResolver(() => Referral, { nullable: true, description: 'The referral this one was redirected to after it was declined, if you may read it.' })
  redirectedTo(@Root() referral: Referral, @Ctx() context: RequestContext): Promise<Referral | null> {
    return readableLink(context, referral.redirectedToId);
  }

  @FieldResolver(() => [Referral], { description: 'The whole chain this referral is part of, first issued first: each declined one and where it went next (those you may read).' })
  async chain(@Root() referral: Referral, @Ctx() context: RequestContext): Promise<Referral[]> {
    const load = referralById(context);
    const chain = [referral];
    // Chains are a few links long: one batched load per link.
    for (let first = referral; first.redirectedFromId;) chain.unshift((first = (await load.load(first.redirectedFromId))!));
    for (let last = referral; last.redirectedToId;) chain.push((last = (await load.load(last.redirectedToId))!));
    return readAccess(context).readable(chain, referralWork);
  }
}

async function readableLink(context: RequestContext, id: string | null): Promise<Referral | null> {
  if (!id) return null;
  const linked = await referralById(context).load(id);
  return linked && (await readAccess(context).mayRead(referralWork(linked))) ? linked : null;
}
