import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { AgencyReference, NotFoundError, Role, agencyReference, readAccess, requireCaller } from '@xinfang/kit';
import type { RequestContext } from '@xinfang/kit';
import { Referral } from '../referral/referral.entity';
import { referralsByCase } from '../referral/referral.loaders';
import { AssistanceCase } from './assistance-case.entity';
import { CASE_OF_ANOTHER_AGENCY, caseWork } from './assistance-case-access';
import { openAssistanceCase } from './assistance-case.service';
import { OpenAssistanceCaseInput } from './open-assistance-case.input';

@Resolver(() => AssistanceCase)
export class AssistanceCaseResolver {
  @Query(() => AssistanceCase, { description: 'One judicial-assistance case, if your agency may read it.' })
  async assistanceCase(@Arg('id', () => ID) id: string, @Ctx() context: RequestContext): Promise<AssistanceCase> {
    const access = readAccess(context);
    const assistanceCase = await context.em.findOne(AssistanceCase, { id });
    if (!assistanceCase) throw new NotFoundError('Assistance case', id);
    await access.assertMayRead(caseWork(assistanceCase), CASE_OF_ANOTHER_AGENCY);
    return assistanceCase;
  }

  @Authorized(Role.HANDLER, Role.DEPARTMENT_HEAD, Role.LEADER)
  @Mutation(() => AssistanceCase, { description: 'Opens a judicial-assistance case for a petition at your procuratorate.' })
  async openAssistanceCase(@Arg('input') input: OpenAssistanceCaseInput, @Ctx() context: RequestContext): Promise<AssistanceCase> {
    return openAssistanceCase(context.em, input, requireCaller(context));
  }

  @FieldResolver(() => [Referral], { description: 'Referrals of this case to partner agencies, oldest first.' })
  async referrals(@Root() assistanceCase: AssistanceCase, @Ctx() context: RequestContext): Promise<Referral[]> {
    return referralsByCase(context).load(assistanceCase.id);
  }

  @FieldResolver(() => AgencyReference, { description: 'The procuratorate handling the case.' })
  handlingAgency(@Root() assistanceCase: AssistanceCase): AgencyReference {
    return agencyReference(assistanceCase.handlingAgencyId);
  }
}
