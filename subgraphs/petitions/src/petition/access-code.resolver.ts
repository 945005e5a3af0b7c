import { Arg, Args, Ctx, Mutation, Resolver } from 'type-graphql';
import { StepArgs, takeApiStep } from '@xinfang/kit';
import type { RequestContext } from '@xinfang/kit';
import { hashAccessCode, newAccessCode } from './access-code';
import { Petition } from './petition.entity';
import { PetitionAction } from './petition-status';
import { PETITION_WORKFLOW } from './petition-workflow';
import { RegisterPetitionPayload } from './register-petition.payload';

/** The petitioner's access code for the public lookup: a new one from reception, which also lifts a lock. */
@Resolver(() => Petition)
export class AccessCodeResolver {
  @Mutation(() => RegisterPetitionPayload, { description: 'Reception gives the petitioner a new access code (the old one lost, or the number locked after wrong guesses); the old code stops working.' })
  async issueNewAccessCode(@Args(() => StepArgs) args: StepArgs, @Arg('reason') reason: string, @Ctx() context: RequestContext): Promise<RegisterPetitionPayload> {
    const accessCode = newAccessCode();
    const petition = await takeApiStep(context, PETITION_WORKFLOW, args, PetitionAction.ISSUE_ACCESS_CODE, reason, { accessCodeHash: await hashAccessCode(accessCode) });
    return { petition, accessCode };
  }
}
