import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { requireCaller } from '@xinfang/kit';
import type { RequestContext } from '@xinfang/kit';
import { AssistanceCase } from '../assistance-case/assistance-case.entity';
import { assistanceCasesByPetition } from '../assistance-case/assistance-case.loaders';
import { canReadCasesOf } from '../assistance-case/assistance-access';
import { Referral } from '../referral/referral.entity';
import { referralsByPetition } from '../referral/referral.loaders';
import { PetitionReference } from './petition.stub';

/** What judicial assistance adds to a petition: its cases and referrals, across agencies. */
@Resolver(() => PetitionReference)
export class PetitionAssistanceResolver {
  @FieldResolver(() => [AssistanceCase], { description: 'Judicial-assistance cases opened for this petition that you may read.' })
  async assistanceCases(@Root() petition: PetitionReference, @Ctx() context: RequestContext): Promise<AssistanceCase[]> {
    const caller = requireCaller(context);
    const cases = await assistanceCasesByPetition(context).load(petition.id);
    return cases.filter((assistanceCase) => canReadCasesOf(caller, assistanceCase.handlingAgencyId));
  }

  @FieldResolver(() => [Referral], { description: 'Every referral made for this petition, with its status at each partner.' })
  async referrals(@Root() petition: PetitionReference, @Ctx() context: RequestContext): Promise<Referral[]> {
    const caller = requireCaller(context);
    const referrals = await referralsByPetition(context).load(petition.id);
    return referrals.filter((referral) => canReadCasesOf(caller, referral.issuingAgencyId) || referral.partnerAgencyId === caller.agencyId);
  }
}
