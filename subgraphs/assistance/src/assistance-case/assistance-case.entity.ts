import { Entity, Enum, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { ApplicantRelation, AssistanceGrounds, AssistanceOrigin, DecisionMaker, PriorityGroup } from './assistance-kind';
import { AssistanceCaseStatus } from './assistance-case-status';

/** A judicial-assistance case (司法救助案件) opened for a person in hardship because of a case. Amounts in integer fen. */
@ObjectType({ description: 'A judicial-assistance case (司法救助) for the person behind a petition; amounts in fen (1 yuan = 100 fen).' })
@Entity({ tableName: 'assistance_case' })
@Index({ properties: ['petitionId'] })
export class AssistanceCase {
  [OptionalProps]?: 'status' | 'createdAt' | 'updatedAt' | 'version' | 'applicantRelation' | 'grounds' | 'approvedAmountFen' | 'jointAgencyId'
    | 'jointShareFen' | 'decidedBy' | 'decidedAt' | 'paperworkPending' | 'paidAt' | 'summary' | 'paidAmountFen';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Field(() => ID, { description: 'The petition the case was opened for.' })
  @Property({ type: 'uuid' })
  petitionId!: string;

  /** The procuratorate handling the case; resolved as `handlingAgency`. */
  @Property({ type: 'text' })
  handlingAgencyId!: string;

  /** In joint assistance (联合救助), the upper or lower procuratorate sharing it; resolved as `jointAgency`. */
  @Property({ type: 'text', nullable: true })
  jointAgencyId: string | null = null;

  @Field(() => AssistanceOrigin, { description: 'Proposed by the platform from the petition, or opened by a handler.' })
  @Enum({ items: () => AssistanceOrigin, nativeEnumName: 'assistance_origin' })
  origin!: AssistanceOrigin;

  @Field(() => String, { nullable: true, description: 'The person to be helped; none yet on a case the platform proposed.' })
  @Property({ type: 'text', nullable: true })
  applicantName!: string | null;

  @Field(() => ApplicantRelation, { nullable: true, description: 'A petitioner of the petition, or a close relative.' })
  @Enum({ items: () => ApplicantRelation, nativeEnumName: 'applicant_relation', nullable: true })
  applicantRelation: ApplicantRelation | null = null;

  @Field(() => AssistanceGrounds, { nullable: true })
  @Enum({ items: () => AssistanceGrounds, nativeEnumName: 'assistance_grounds', nullable: true })
  grounds: AssistanceGrounds | null = null;

  @Field(() => PriorityGroup)
  @Enum({ items: () => PriorityGroup, nativeEnumName: 'priority_group' })
  priorityGroup!: PriorityGroup;

  @Field(() => String, { nullable: true, description: 'Why the person is in hardship because of the case.' })
  @Property({ type: 'text', nullable: true })
  hardship!: string | null;

  @Field(() => Int, { nullable: true, description: 'Amount requested, in fen.' })
  @Property({ type: 'integer', nullable: true })
  requestedAmountFen!: number | null;

  @Field(() => Int, { nullable: true, description: 'Amount approved by the handling procuratorate, in fen.' })
  @Property({ type: 'integer', nullable: true })
  approvedAmountFen: number | null = null;

  @Field(() => Int, { nullable: true, description: 'In joint assistance, the share the joint procuratorate approved, in fen.' })
  @Property({ type: 'integer', nullable: true })
  jointShareFen: number | null = null;

  @Field(() => Int, { description: 'Paid so far, every share together, in fen.' })
  @Property({ type: 'integer' })
  paidAmountFen: number = 0;

  @Field(() => DecisionMaker, { nullable: true, description: 'Who decided for the handling procuratorate.' })
  @Enum({ items: () => DecisionMaker, nativeEnumName: 'decision_maker', nullable: true })
  decidedBy: DecisionMaker | null = null;

  @Field(() => Date, { nullable: true, description: 'When it was approved or refused.' })
  @Property({ type: 'datetime', nullable: true })
  decidedAt: Date | null = null;

  @Field(() => Boolean, { description: 'Urgent help (先行救助) was paid before the decision, and the approval is still to be completed.' })
  @Property({ type: 'boolean' })
  paperworkPending = false;

  @Field(() => Date, { nullable: true, description: 'When the approved amount was paid in full.' })
  @Property({ type: 'datetime', nullable: true })
  paidAt: Date | null = null;

  @Field(() => String, { nullable: true, description: 'The closing summary.' })
  @Property({ type: 'text', nullable: true })
  summary: string | null = null;

  @Field(() => AssistanceCaseStatus)
  @Enum({ items: () => AssistanceCaseStatus, nativeEnumName: 'assistance_case_status' })
  status: AssistanceCaseStatus = AssistanceCaseStatus.OPEN;

  @Field({ description: 'Who opened it (user id; `platform` for a case proposed from a petition).' })
  @Property({ type: 'text' })
  openedBy!: string;

  @Field({ description: 'When the application arrived: the petition\'s receipt for a proposed case; the decision clock runs from it.' })
  @Property({ type: 'datetime' })
  appliedAt!: Date;

  @Field()
  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Field()
  @Property({ type: 'datetime' })
  updatedAt: Date = new Date();

  /** Optimistic lock: two steps at once cannot both win. */
  @Field(() => Int)
  @Property({ type: 'integer', version: true })
  version: number = 1;
}
