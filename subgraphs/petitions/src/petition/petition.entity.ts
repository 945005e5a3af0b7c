import { Entity, Enum, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { PetitionCategory, PetitionChannel, PetitionStatus, Satisfaction } from './petition-kind';

/** A letter or visit (信访件) registered by the procuratorate. */
@Directive('@key(fields: "id")')
@ObjectType({ description: 'A petition (信访件): a complaint, appeal, report or request brought to the procuratorate.' })
@Entity({ tableName: 'petition' })
@Index({ properties: ['receivingAgencyId', 'receivedAt'] })
@Index({ properties: ['handlingAgencyId', 'status', 'receivedAt'] })
export class Petition {
  [OptionalProps]?: 'headCount' | 'status' | 'createdAt' | 'handlingAgencyId' | 'version' | 'updatedAt' | 'reopenCount' | 'jurisdictionAgencyId' | 'repeat' | 'repeatCount' | 'group' | 'leapfrog' | 'lookupFailures';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Field({ description: 'What the petitioner quotes to follow progress, e.g. XF-20261121-7KQ2MD.' })
  @Property({ type: 'text', unique: true })
  trackingNumber!: string;

  /** scrypt hash of the access code handed to the petitioner; never exposed. */
  @Property({ type: 'text', hidden: true })
  accessCodeHash!: string;

  @Field(() => PetitionChannel)
  @Enum({ items: () => PetitionChannel, nativeEnumName: 'petition_channel' })
  channel!: PetitionChannel;

  @Field(() => PetitionCategory)
  @Enum({ items: () => PetitionCategory, nativeEnumName: 'petition_category' })
  category!: PetitionCategory;

  @Field({ description: 'Who the petition is known by: the first representative of a group, or the first petitioner.' })
  @Property({ type: 'text' })
  petitionerName!: string;

  @Field(() => Int, { description: 'How many people petition together (集体访 when more than one).' })
  @Property({ type: 'integer' })
  headCount = 1;

  @Field({ description: 'What the petition is about, in the reception officer\'s words.' })
  @Property({ type: 'text' })
  summary!: string;

  @Field({ description: 'What the petitioner asks for (诉求).' })
  @Property({ type: 'text' })
  request!: string;

  /** The agency with jurisdiction over the matter, as reception judged it; resolved as `jurisdictionAgency`. */
  @Property({ type: 'text', nullable: true })
  jurisdictionAgencyId: string | null = null;

  @Field(() => Boolean, { description: 'A repeat petition (重复访): the same person petitioned on the same matter within the configured window before.' })
  @Property({ type: 'boolean', fieldName: 'is_repeat' })
  repeat = false;

  @Field(() => Int, { description: 'How many earlier petitions of the same person on the same matter it is linked to (see earlierPetitions).' })
  @Property({ type: 'integer' })
  repeatCount = 0;

  @Field(() => Boolean, { description: 'A group petition (集体访): as many people as the configured head count (5 by default) or more.' })
  @Property({ type: 'boolean', fieldName: 'is_group' })
  group = false;

  @Field(() => Boolean, { description: 'A leapfrog petition (越级访): received by an agency above the one with jurisdiction.' })
  @Property({ type: 'boolean', fieldName: 'is_leapfrog' })
  leapfrog = false;

  /** Resolved as `receivingAgency` through the agencies subgraph. */
  @Property({ type: 'text' })
  receivingAgencyId!: string;

  /**
   * The agency with first responsibility now (首办责任制): the receiving agency until it
   * transfers the petition to the one with jurisdiction. Resolved as `handlingAgency`.
   */
  @Property({ type: 'text' })
  handlingAgencyId!: string;

  @Field(() => PetitionStatus)
  @Enum({ items: () => PetitionStatus, nativeEnumName: 'petition_status' })
  status: PetitionStatus = PetitionStatus.REGISTERED;

  @Field(() => String, { nullable: true, description: 'The department of the handling agency it is assigned to (承办部门).' })
  @Property({ type: 'text', nullable: true })
  department: string | null = null;

  /** The accountable handler (承办人), a member of the handling agency's staff; resolved as `handler`. */
  @Property({ type: 'text', nullable: true })
  handlerStaffId: string | null = null;

  @Field(() => Date, { nullable: true, description: 'When it was (last) accepted for handling (受理).' })
  @Property({ type: 'datetime', nullable: true })
  acceptedAt: Date | null = null;

  @Field(() => Date, { nullable: true, description: 'When it was not accepted (不予受理).' })
  @Property({ type: 'datetime', nullable: true })
  declinedAt: Date | null = null;

  @Field(() => Date, { nullable: true, description: 'When the petitioner was told it was accepted, not accepted or transferred (程序性回复).' })
  @Property({ type: 'datetime', nullable: true })
  proceduralReplySentAt: Date | null = null;

  @Field(() => String, { nullable: true, description: 'The handling result: the answer given to the petitioner (办理结果).' })
  @Property({ type: 'text', nullable: true })
  result: string | null = null;

  @Field(() => String, { nullable: true, description: 'The legal basis of the result (法律依据).' })
  @Property({ type: 'text', nullable: true })
  legalBasis: string | null = null;

  @Field(() => Boolean, { nullable: true, description: 'Whether the matter was substantively resolved (实质性化解), as the handler records with the result.' })
  @Property({ type: 'boolean', nullable: true })
  substantivelyResolved: boolean | null = null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  resultRecordedAt: Date | null = null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  closedAt: Date | null = null;

  /** The superior agency that reviews the answer (复查), from the directory when the result is recorded; resolved as `reviewingAgency`. */
  @Property({ type: 'text', nullable: true })
  reviewingAgencyId: string | null = null;

  /** That agency's superior, which re-reviews (复核); resolved as `reReviewingAgency`. */
  @Property({ type: 'text', nullable: true })
  reReviewingAgencyId: string | null = null;

  @Field(() => Date, { nullable: true, description: 'When the review opinion (复查意见) was given.' })
  @Property({ type: 'datetime', nullable: true })
  reviewAnsweredAt: Date | null = null;

  @Field(() => Date, { nullable: true, description: 'When the re-review opinion made the answer final (复核终结).' })
  @Property({ type: 'datetime', nullable: true })
  finalAt: Date | null = null;

  @Field(() => Satisfaction, { nullable: true, description: 'The petitioner\'s rating of the result (评价), from the return visit or the public lookup.' })
  @Enum({ items: () => Satisfaction, nativeEnumName: 'satisfaction', nullable: true })
  satisfaction: Satisfaction | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  satisfactionComment: string | null = null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  ratedAt: Date | null = null;

  @Field(() => Date, { nullable: true, description: 'When the return visit (回访) was made.' })
  @Property({ type: 'datetime', nullable: true })
  returnVisitedAt: Date | null = null;

  @Field(() => Date, { nullable: true, description: 'Looking back (回头看): when it was marked substantively resolved after being petitioned again.' })
  @Property({ type: 'datetime', nullable: true })
  lookingBackResolvedAt: Date | null = null;

  @Field(() => String, { nullable: true, description: 'How it was substantively resolved.' })
  @Property({ type: 'text', nullable: true })
  lookingBackResolution: string | null = null;

  /** Wrong access codes given for it since the last right one; counts toward the lock. */
  @Property({ type: 'integer' })
  lookupFailures = 0;

  /** Locked against public lookup after too many wrong codes, until reception issues a new code. */
  @Property({ type: 'datetime', nullable: true })
  lookupLockedAt: Date | null = null;

  /** The agency that last transferred it here, which an objection goes back to; resolved as `transferredFrom`. */
  @Property({ type: 'text', nullable: true })
  transferredFromAgencyId: string | null = null;

  @Field(() => Date, { nullable: true, description: 'When it was last transferred; an objection is due within 5 working days of it.' })
  @Property({ type: 'datetime', nullable: true })
  transferredAt: Date | null = null;

  /** Who decides a jurisdiction dispute: the common superior, then the joint conference; resolved as `arbiter`. */
  @Property({ type: 'text', nullable: true })
  arbiterAgencyId: string | null = null;

  /** The leader who took it as package leader (院领导包案); resolved as `packageLeader`. */
  @Property({ type: 'text', nullable: true, index: true })
  packageLeaderStaffId: string | null = null;

  @Field(() => String, { nullable: true, description: 'The package leader\'s plan for resolving it.' })
  @Property({ type: 'text', nullable: true })
  packagePlan: string | null = null;

  @Field(() => Date, { nullable: true, description: 'When the package leader means to have it resolved.' })
  @Property({ type: 'datetime', nullable: true })
  packageTargetDate: Date | null = null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  packagedAt: Date | null = null;

  @Field(() => Int, { description: 'How many times it was reopened after closing, petitioned again on the same matter.' })
  @Property({ type: 'integer' })
  reopenCount = 0;

  @Field({ description: 'When the letter, call or visit was received; the deadlines count from here.' })
  @Property({ type: 'datetime' })
  receivedAt!: Date;

  @Field({ description: 'Who registered it (user id).' })
  @Property({ type: 'text' })
  registeredBy!: string;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Field({ description: 'When it last changed.' })
  @Property({ type: 'datetime' })
  updatedAt: Date = new Date();

  @Field(() => Int, { description: 'Bumped by every step; pass it back as `expectedVersion` to refuse acting on a stale view.' })
  @Property({ type: 'integer', version: true })
  version = 1;
}
