import { Entity, Enum, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DataSharingBasis, HelpNeeded } from './referral-kind';
import { ReferralStatus } from './referral-status';

/** A referral (转介) handing part of an assistance case to a partner agency. */
@ObjectType({ description: 'A referral of a judicial-assistance case to a partner agency for diversified help.' })
@Entity({ tableName: 'referral' })
@Index({ properties: ['assistanceCaseId'] })
@Index({ properties: ['partnerAgencyId', 'status', 'issuedAt'] })
export class Referral {
  [OptionalProps]?: 'status' | 'statusNote' | 'updatedAt' | 'version';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Field(() => ID)
  @Property({ type: 'uuid' })
  assistanceCaseId!: string;

  @Field(() => ID)
  @Property({ type: 'uuid' })
  petitionId!: string;

  /** Resolved as `partner`. */
  @Property({ type: 'text' })
  partnerAgencyId!: string;

  /** Resolved as `issuingAgency`. */
  @Property({ type: 'text' })
  issuingAgencyId!: string;

  @Field(() => HelpNeeded)
  @Enum({ items: () => HelpNeeded, nativeEnumName: 'help_needed' })
  helpNeeded!: HelpNeeded;

  @Field({ description: 'What the partner needs to know to help; only what the help needs.' })
  @Property({ type: 'text' })
  summary!: string;

  @Field({ description: 'Urgent help may be given first and documented after.' })
  @Property({ type: 'boolean' })
  urgent!: boolean;

  @Field(() => DataSharingBasis)
  @Enum({ items: () => DataSharingBasis, nativeEnumName: 'data_sharing_basis' })
  dataSharingBasis!: DataSharingBasis;

  @Field(() => ReferralStatus)
  @Enum({ items: () => ReferralStatus, nativeEnumName: 'referral_status' })
  status: ReferralStatus = ReferralStatus.ISSUED;

  @Field(() => String, { nullable: true, description: 'The reason for a decline, or the outcome of completed help.' })
  @Property({ type: 'text', nullable: true })
  statusNote: string | null = null;

  @Field({ description: 'Who issued it (user id).' })
  @Property({ type: 'text' })
  issuedBy!: string;

  @Field()
  @Property({ type: 'datetime' })
  issuedAt!: Date;

  @Field()
  @Property({ type: 'datetime' })
  updatedAt: Date = new Date();

  /** Optimistic lock: two parties acting at once cannot both win. */
  @Field(() => Int)
  @Property({ type: 'integer', version: true })
  version = 1;
}
