import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { AgencyReference, ConnectionType, DeadlineClock, NotFoundError, PageArgs, Role, StaffReference, WorkflowHistoryEntry, agencyReference, audit, deadlinesOf, historyOf, paginate, readAccess, requireCaller, staffReference } from '@xinfang/kit';
import type { Connection, RequestContext } from '@xinfang/kit';
import { IssueReferralInput } from './issue-referral.input';
import { referralWork } from './referral-access';
import { Referral } from './referral.entity';
import { ReferralStatus } from './referral-status';
import { REFERRAL_WORKFLOW } from './referral-workflow';
import { issueReferral } from './referral.service';
import { REFERRAL_SUBJECT } from './referral-deadlines';
import { acknowledgementDaysLeft, handoverClockOf } from './referral-acknowledgement';
import { referredPerson, sharedItemsOfReferral } from './referral-announcement';
import { SharedDataItem } from './referral-kind';
import { ReferralConsent, ReferralLegalGround, consentOf, legalGroundOf, maskedIdNumberOf } from './referral-sharing.type';

const ReferralConnection = ConnectionType(Referral, 'Referral');

/** Referrals: the partner's inbox, issuing one, and who and what a referral involves. Steps: `referral-steps.resolver.ts`. */
@Resolver(() => Referral)
export class ReferralResolver {
  @Query(() => ReferralConnection, { description: 'Referrals addressed to your agency, newest first.' })
  async referralsInbox(
    @Arg('status', () => ReferralStatus, { nullable: true }) status: ReferralStatus | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() context: RequestContext,
  ): Promise<Connection<Referral>> {
    const caller = requireCaller(context);
    return paginate(context.em, Referral, { partnerAgencyId: caller.agencyId, ...(status ? { status } : {}) }, 'issuedAt', page);
  }

  @Query(() => Referral, { description: 'One referral, for its issuer (and the issuer\'s superiors) and the partner it is addressed to.' })
  async referral(@Arg('id', () => ID) id: string, @Ctx() context: RequestContext): Promise<Referral> {
    const access = readAccess(context);
    const referral = await context.em.findOne(Referral, { id });
    if (!referral) throw new NotFoundError('Referral', id);
    // Neither issued by nor addressed to the caller's agency: as if it did not exist.
    await access.assertFound(referralWork(referral), 'Referral', id);
    return referral;
  }

  @Authorized(Role.HANDLER, Role.DEPARTMENT_HEAD, Role.LEADER)
  @Query(() => ReferralConnection, { description: 'Referrals your agency issued that the partner has not acknowledged in time (5 working days), oldest first: to chase, escalate or issue again.' })
  async overdueReferrals(@Args(() => PageArgs) page: PageArgs, @Ctx() context: RequestContext): Promise<Connection<Referral>> {
    const caller = requireCaller(context);
    return paginate(context.em, Referral, { issuingAgencyId: caller.agencyId, status: ReferralStatus.ISSUED, overdueSince: { $ne: null } }, 'issuedAt', page, 'asc');
  }

  @Authorized(Role.HANDLER, Role.DEPARTMENT_HEAD, Role.LEADER)
  @Mutation(() => Referral, { description: 'Refers an assistance case to a partner agency; the partner is told through Kafka.' })
  async issueReferral(@Arg('input') input: IssueReferralInput, @Ctx() context: RequestContext): Promise<Referral> {
    return issueReferral(context.em, input, requireCaller(context), { traceparent: context.traceparent });
  }

  @FieldResolver(() => AgencyReference, { description: 'The partner agency asked to help.' })
  partner(@Root() referral: Referral): AgencyReference {
    return agencyReference(referral.partnerAgencyId);
  }

  @FieldResolver(() => StaffReference, { description: 'The member of the procuratorate\'s staff who issued it (a Staff of the directory).' })
  issuer(@Root() referral: Referral): StaffReference {
    return staffReference(referral.issuedBy);
  }

  @FieldResolver(() => AgencyReference, { description: 'The procuratorate that issued the referral.' })
  issuingAgency(@Root() referral: Referral): AgencyReference {
    return agencyReference(referral.issuingAgencyId);
  }

  @FieldResolver(() => ReferralConsent, { nullable: true, description: 'The person\'s recorded consent to share, if that is the basis.' })
  consent(@Root() referral: Referral): ReferralConsent | null {
    return consentOf(referral);
  }

  @FieldResolver(() => ReferralLegalGround, { nullable: true, description: 'The legal ground for sharing without consent, if that is the basis.' })
  legalGround(@Root() referral: Referral): ReferralLegalGround | null {
    return legalGroundOf(referral);
  }

  @FieldResolver(() => [SharedDataItem], { description: 'The personal-data items the partner may hold (数据最小化): the consent\'s, or name and contact on a legal ground.' })
  sharedData(@Root() referral: Referral): SharedDataItem[] {
    return sharedItemsOfReferral(referral);
  }

  @FieldResolver(() => String, { nullable: true, description: 'The person\'s name, when the sharing basis covers it.' })
  personName(@Root() referral: Referral): string | null {
    return referredPerson(referral).name;
  }

  @FieldResolver(() => String, { nullable: true, description: 'A phone number to reach the person, when the sharing basis covers it.' })
  async contactPhone(@Root() referral: Referral, @Ctx() context: RequestContext): Promise<string | null> {
    const phone = referredPerson(referral).contactPhone;
    // Shown whole (the partner must be able to call): an unmasked read, in the audit log before it is answered.
    if (phone) await audit(context, { operation: 'READ_UNMASKED', subjectType: 'Referral', subjectId: referral.id, fields: ['CONTACT_PHONE'], purpose: 'reaching the person about the referral' });
    return phone;
  }

  @FieldResolver(() => String, { nullable: true, description: 'The person\'s ID number, masked; shared whole with the partner only when the help needs it and the consent covers it.' })
  idNumber(@Root() referral: Referral): string | null {
    return maskedIdNumberOf(referral);
  }

  @FieldResolver(() => AgencyReference, { nullable: true, description: 'The partner agency\'s superior the referral was escalated to, if it was.' })
  escalatedTo(@Root() referral: Referral): AgencyReference | null {
    return referral.escalatedToAgencyId ? agencyReference(referral.escalatedToAgencyId) : null;
  }

  @FieldResolver(() => Date, { nullable: true, description: 'When the partner must acknowledge by: the end of the 5th working day from issue (again from a re-issue).' })
  async acknowledgeBy(@Root() referral: Referral, @Ctx() context: RequestContext): Promise<Date | null> {
    return handoverClockOf(await deadlinesOf(context, REFERRAL_SUBJECT).load(referral.id))?.dueAt ?? null;
  }

  @FieldResolver(() => Int, { nullable: true, description: 'Whole days left to acknowledge, negative once overdue; none once the partner has answered.' })
  async acknowledgementDaysLeft(@Root() referral: Referral, @Ctx() context: RequestContext): Promise<number | null> {
    return acknowledgementDaysLeft(referral, handoverClockOf(await deadlinesOf(context, REFERRAL_SUBJECT).load(referral.id)));
  }

  @FieldResolver(() => Boolean, { description: 'Unacknowledged past its due date (announced missed): on the issuer\'s overdue list.' })
  overdue(@Root() referral: Referral): boolean {
    return referral.status === ReferralStatus.ISSUED && referral.overdueSince !== null;
  }

  @FieldResolver(() => [DeadlineClock], { description: 'Its deadlines: the partner\'s hand-over within 5 working days (REFERRAL_HANDOVER), met by its first answer, with where it stands.' })
  deadlines(@Root() referral: Referral, @Ctx() context: RequestContext): Promise<DeadlineClock[]> {
    return deadlinesOf(context, REFERRAL_SUBJECT).load(referral.id);
  }

  @FieldResolver(() => [WorkflowHistoryEntry], { description: 'Every step taken on the referral, oldest first: who, for which agency, when, from which status to which, and what they said.' })
  history(@Root() referral: Referral, @Ctx() context: RequestContext): Promise<WorkflowHistoryEntry[]> {
    return historyOf(context, REFERRAL_WORKFLOW.aggregateType).load(referral.id);
  }
}
