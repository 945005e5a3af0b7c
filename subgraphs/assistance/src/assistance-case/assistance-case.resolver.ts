import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import {
  AgencyReference, DeadlineClock, NotFoundError, Role, WorkflowHistoryEntry, agencyReference, deadlinesOf, historyOf, readAccess, requireCaller,
} from '@xinfang/kit';
import type { RequestContext } from '@xinfang/kit';
import { Referral } from '../referral/referral.entity';
import { referralsByCase } from '../referral/referral.loaders';
import { totalApprovedFen } from './assistance-amounts';
import { AssistanceCase } from './assistance-case.entity';
import { caseWork } from './assistance-case-access';
import { ASSISTANCE_CASE_SUBJECT } from './assistance-case-deadlines';
import { paymentsByCase } from './assistance-case.loaders';
import { openAssistanceCase } from './assistance-case.service';
import { AssistancePayment } from './assistance-payment.entity';
import { OpenAssistanceCaseInput } from './open-assistance-case.input';

/** Cases: reading one, opening one, and what a case involves. Steps: `assistance-case-steps.resolver.ts`. */
@Resolver(() => AssistanceCase)
export class AssistanceCaseResolver {
  @Query(() => AssistanceCase, { description: 'One judicial-assistance case, if your agency may read it.' })
  async assistanceCase(@Arg('id', () => ID) id: string, @Ctx() context: RequestContext): Promise<AssistanceCase> {
    const access = readAccess(context);
    const assistanceCase = await context.em.findOne(AssistanceCase, { id });
    if (!assistanceCase) throw new NotFoundError('Assistance case', id);
    await access.assertFound(caseWork(assistanceCase), 'Assistance case', id);
    return assistanceCase;
  }

  @Authorized(Role.HANDLER, Role.DEPARTMENT_HEAD, Role.LEADER)
  @Mutation(() => AssistanceCase, { description: 'Opens a judicial-assistance case for a petition at your procuratorate; BAD_USER_INPUT for a petition judicial assistance does not know.' })
  async openAssistanceCase(@Arg('input') input: OpenAssistanceCaseInput, @Ctx() context: RequestContext): Promise<AssistanceCase> {
    return openAssistanceCase(context.em, input, requireCaller(context), { traceparent: context.traceparent });
  }

  @FieldResolver(() => [Referral], { description: 'Referrals of this case to partner agencies, oldest first.' })
  async referrals(@Root() assistanceCase: AssistanceCase, @Ctx() context: RequestContext): Promise<Referral[]> {
    return referralsByCase(context).load(assistanceCase.id);
  }

  @FieldResolver(() => [AssistancePayment], { description: 'Every disbursement, by either procuratorate, in the order paid.' })
  payments(@Root() assistanceCase: AssistanceCase, @Ctx() context: RequestContext): Promise<AssistancePayment[]> {
    return paymentsByCase(context).load(assistanceCase.id);
  }

  @FieldResolver(() => Int, { description: 'Approved so far, every share together, in fen.' })
  totalApprovedFen(@Root() assistanceCase: AssistanceCase): number {
    return totalApprovedFen(assistanceCase);
  }

  @FieldResolver(() => AgencyReference, { description: 'The procuratorate handling the case.' })
  handlingAgency(@Root() assistanceCase: AssistanceCase): AgencyReference {
    return agencyReference(assistanceCase.handlingAgencyId);
  }

  @FieldResolver(() => AgencyReference, { nullable: true, description: 'In joint assistance (联合救助), the upper or lower procuratorate sharing the case.' })
  jointAgency(@Root() assistanceCase: AssistanceCase): AgencyReference | null {
    return assistanceCase.jointAgencyId ? agencyReference(assistanceCase.jointAgencyId) : null;
  }

  @FieldResolver(() => [DeadlineClock], { description: 'Its deadlines: the decision within 10 working days of the application (ASSISTANCE_DECISION), with where it stands.' })
  deadlines(@Root() assistanceCase: AssistanceCase, @Ctx() context: RequestContext): Promise<DeadlineClock[]> {
    return deadlinesOf(context, ASSISTANCE_CASE_SUBJECT).load(assistanceCase.id);
  }

  @FieldResolver(() => [WorkflowHistoryEntry], { description: 'Every step, oldest first: who, for which procuratorate, when, from which status to which, and what they said.' })
  history(@Root() assistanceCase: AssistanceCase, @Ctx() context: RequestContext): Promise<WorkflowHistoryEntry[]> {
    return historyOf(context, ASSISTANCE_CASE_SUBJECT).load(assistanceCase.id);
  }
}
