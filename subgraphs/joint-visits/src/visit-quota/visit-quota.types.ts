import { Field, Int, ObjectType } from 'type-graphql';
import { AgencyReference, StaffReference } from '@xinfang/kit';

/** One leader's case-carrying visits against the quota for a year. */
@ObjectType('LeaderCaseCarryingVisitQuota', { description: 'One leader\'s case-carrying visits in a year against the quota.' })
export class LeaderVisitQuota {
  @Field(() => StaffReference, { description: 'The leader.' })
  leader!: StaffReference;

  @Field(() => AgencyReference, { description: 'The leader\'s agency.' })
  agency!: AgencyReference;

  @Field(() => Int, { description: 'Visits whose China visit date falls in the year, however late they were recorded.' })
  visits!: number;

  @Field(() => Int, { description: 'Visits the leader owes in the year: the agency\'s setting, else 12.' })
  quota!: number;

  @Field(() => Int, { description: 'Visits due by today (China date), pro rata through the year and rounded down; the whole quota for a past year.' })
  expectedSoFar!: number;

  @Field({ description: 'Whether the leader has made fewer visits than expected so far.' })
  behind!: boolean;

  @Field(() => Int, { description: 'How many visits short of expectedSoFar; 0 when not behind.' })
  shortfall!: number;
}

/** The quota of an agency's leaders and those of the agencies below it. */
@ObjectType('CaseCarryingVisitQuotaReport', { description: 'Leaders\' case-carrying visits against the yearly quota, for an agency and every agency below it.' })
export class VisitQuotaReport {
  @Field(() => Int, { description: 'The year.' })
  year!: number;

  @Field({ description: 'The China date the expectation is counted to (YYYY-MM-DD).' })
  asOfDate!: string;

  @Field(() => AgencyReference, { description: 'The agency asked about; its subordinates are included.' })
  agency!: AgencyReference;

  @Field(() => [LeaderVisitQuota], { description: 'Every active leader of the agency and its subordinates: those behind first (most short first), then by agency and leader.' })
  leaders!: LeaderVisitQuota[];

  @Field(() => Int, { description: 'How many of them are behind.' })
  behindCount!: number;
}

/** An agency's quota setting. */
@ObjectType('CaseCarryingVisitQuotaSetting', { description: 'The case-carrying visits an agency asks of each of its leaders a year.' })
export class VisitQuotaSettingView {
  @Field(() => AgencyReference, { description: 'The agency.' })
  agency!: AgencyReference;

  @Field(() => Int, { nullable: true, description: 'The year it applies to; null for every year without a setting of its own.' })
  year!: number | null;

  @Field(() => Int, { description: 'Visits each leader owes a year.' })
  visitsPerYear!: number;
}
