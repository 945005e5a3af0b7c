import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ConnectionType, PageArgs, StepArgs, paginate, takeApiStep } from '@xinfang/kit';
import type { Connection, RequestContext } from '@xinfang/kit';
import { agencyWhoseWorkIsRead } from '../petition/petition-access';
import { Petition } from '../petition/petition.entity';
import { PetitionAction } from '../petition/petition-status';
import { PETITION_WORKFLOW } from '../petition/petition-workflow';
import { RiskAssessment } from './risk-assessment.entity';
import { riskAssessmentsByPetition } from './risk-assessment.loaders';
import { RiskDecision, RiskLevel } from './risk-kind';

const RiskAssessmentConnection = ConnectionType(RiskAssessment, 'RiskAssessment');

/** Risk assessment before petition-prone decisions (涉检信访风险评估), and the agency's warning list. */
@Resolver(() => Petition)
export class RiskAssessmentResolver {
  @Mutation(() => Petition, { description: 'Assesses the petitioning risk of a decision before it goes out; HIGH raises an early warning a leader must acknowledge.' })
  assessPetitionRisk(
    @Args(() => StepArgs) args: StepArgs,
    @Arg('decision', () => RiskDecision) decision: RiskDecision,
    @Arg('level', () => RiskLevel) level: RiskLevel,
    @Arg('reasons', { description: 'Why the risk is at this level.' }) reasons: string,
    @Arg('measures', { description: 'What will be done about it.' }) measures: string,
    @Ctx() context: RequestContext,
  ): Promise<Petition> {
    return takeApiStep(context, PETITION_WORKFLOW, args, PetitionAction.ASSESS_RISK, reasons, { decision, level, measures });
  }

  @Mutation(() => Petition, { description: 'A leader of the handling agency acknowledges a high-risk warning on the petition.' })
  acknowledgeRiskWarning(
    @Args(() => StepArgs) args: StepArgs,
    @Arg('assessmentId', () => ID) assessmentId: string,
    @Ctx() context: RequestContext,
  ): Promise<Petition> {
    return takeApiStep(context, PETITION_WORKFLOW, args, PetitionAction.ACKNOWLEDGE_RISK_WARNING, null, { assessmentId });
  }

  @Query(() => RiskAssessmentConnection, { description: 'An agency\'s risk warnings (yours by default), newest first; by default only those no leader has acknowledged.' })
  async riskWarnings(
    @Arg('agencyId', () => ID, { nullable: true }) agencyId: string | undefined,
    @Arg('unacknowledgedOnly', { defaultValue: true }) unacknowledgedOnly: boolean,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() context: RequestContext,
  ): Promise<Connection<RiskAssessment>> {
    const agency = await agencyWhoseWorkIsRead(context, agencyId);
    return paginate(context.em, RiskAssessment, { agencyId: agency, warning: true, ...(unacknowledgedOnly ? { acknowledgedAt: null } : {}) }, 'assessedAt', page);
  }

  @FieldResolver(() => [RiskAssessment], { description: 'Its risk assessments, newest first.' })
  riskAssessments(@Root() petition: Petition, @Ctx() context: RequestContext): Promise<RiskAssessment[]> {
    return riskAssessmentsByPetition(context).load(petition.id);
  }
}
