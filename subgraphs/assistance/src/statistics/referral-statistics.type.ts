import { Field, Float, Int, ObjectType } from 'type-graphql';
import { AgencyReference } from '@xinfang/kit';
import { ReferralStatus } from '../referral/referral-status';

@ObjectType({ description: 'How many referrals stand at one status now.' })
export class ReferralStatusCount {
  @Field(() => ReferralStatus, { description: 'The status (for a finished referral, its outcome).' })
  status!: ReferralStatus;

  @Field(() => Int, { description: 'How many referrals are at it.' })
  count!: number;
}

/**
 * How fast partners answer: the hand-over is expected within 5 working days. Hours, not days, so
 * an acknowledgement within the hour shows; continuous percentiles (interpolated between referrals).
 */
@ObjectType({ description: 'How long partners took, in hours from the referral\'s issue, as median (p50) and 90th percentile (p90), interpolated between referrals.' })
export class ReferralResponseTimes {
  @Field(() => Int, { description: 'Referrals the partner has answered (acknowledged, or accepted or declined without acknowledging first).' })
  answered!: number;

  @Field(() => Float, { nullable: true, description: 'Median hours from issue to the partner\'s first answer (acknowledgement, or an accept or decline that came first); null when none was answered.' })
  acknowledgementHoursP50!: number | null;

  @Field(() => Float, { nullable: true, description: '90th-percentile hours from issue to the partner\'s first answer; null when none was answered.' })
  acknowledgementHoursP90!: number | null;

  @Field(() => Int, { description: 'Referrals completed.' })
  completed!: number;

  @Field(() => Float, { nullable: true, description: 'Median hours from issue to completion; null when none was completed.' })
  completionHoursP50!: number | null;

  @Field(() => Float, { nullable: true, description: '90th-percentile hours from issue to completion; null when none was completed.' })
  completionHoursP90!: number | null;
}

@ObjectType({ description: 'Referrals to one partner agency.' })
export class PartnerReferralFigures {
  @Field(() => AgencyReference, { description: 'The partner agency.' })
  partner!: AgencyReference;

  @Field(() => Int, { description: 'Referrals issued to it in the period.' })
  issued!: number;

  @Field(() => [ReferralStatusCount], { description: 'Where those referrals stand now, by status (the outcome once they are finished).' })
  byStatus!: ReferralStatusCount[];

  @Field(() => ReferralResponseTimes, { description: 'How fast this partner answered and completed.' })
  responseTimes!: ReferralResponseTimes;
}

@ObjectType({ description: 'Referrals (转介) issued in the period by the procuratorate and those below it: by partner and outcome, and how fast partners answered and completed.' })
export class ReferralStatistics {
  @Field(() => Int, { description: 'Referrals issued in the period.' })
  issued!: number;

  @Field(() => [ReferralStatusCount], { description: 'Where they stand now, by status.' })
  byStatus!: ReferralStatusCount[];

  @Field(() => ReferralResponseTimes, { description: 'How fast partners answered and completed, over all of them.' })
  responseTimes!: ReferralResponseTimes;

  @Field(() => [PartnerReferralFigures], { description: 'Per partner agency, ordered by its id.' })
  byPartner!: PartnerReferralFigures[];
}
