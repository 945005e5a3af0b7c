import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { readAccess } from '@xinfang/kit';
import type { RequestContext } from '@xinfang/kit';
import { AssistanceCase } from '../assistance-case/assistance-case.entity';
import { assistanceCasesByPetition } from '../assistance-case/assistance-case.loaders';
import { caseWork } from '../assistance-case/assistance-case-access';
import { Referral } from '../referral/referral.entity';
import { referralWork } from '../referral/referral-access';
import { referralsByPetition } from '../referral/referral.loaders';
import { PetitionReference } from './petition.stub';

/** What judicial assistance adds to a petition: its cases and referrals, across agencies. */
@Resolver(() => PetitionReference)
export class PetitionAssistanceResolver {
  @FieldResolver(() => [AssistanceCase], { description: 'Judicial-assistance cases opened for this petition that you may read.' })
  async assistanceCases(@Root() petition: PetitionReference, @Ctx() context: RequestContext): Promise<AssistanceCase[]> {
    const access = readAccess(context);
    return access.readable(await assistanceCasesByPetition(context).load(petition.id), caseWork);
  }

  @FieldResolver(() => [Referral], { description: 'Every referral made for this petition, with its status at each partner.' })
  async referrals(@Root() petition: PetitionReference, @Ctx() context: RequestContext): Promise<Referral[]> {
    const access = readAccess(context);
    return access.readable(await referralsByPetition(context).load(petition.id), referralWork);
  }
}
