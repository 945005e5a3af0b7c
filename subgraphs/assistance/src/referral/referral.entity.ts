import { Entity, Enum, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { ConsentForm, ConsentGiver, DataSharingBasis, HelpNeeded, LegalGround, SharedDataItem } from './referral-kind';
import { ReferralStatus } from './referral-status';

/** A referral (转介) handing part of an assistance case to a partner agency. */
@ObjectType({ description: 'A referral of a judicial-assistance case to a partner agency for diversified help.' })
@Entity({ tableName: 'referral' })
@Index({ properties: ['assistanceCaseId'] })
@Index({ properties: ['partnerAgencyId', 'status', 'issuedAt'] })
export class Referral {
  [OptionalProps]?: 'status' | 'statusNote' | 'updatedAt' | 'version' | 'personName' | 'consentGivenBy' | 'consentGivenAt' | 'consentCovers' | 'consentForm'
    | 'legalGround' | 'legalGroundCitation' | 'contactPhoneCiphertext' | 'contactPhoneKeyId' | 'idNumberCiphertext' | 'idNumberKeyId' | 'consentGiverNameCiphertext' | 'consentGiverNameKeyId'
    | 'overdueSince' | 'escalatedToAgencyId' | 'escalatedAt' | 'redirectedFromId' | 'redirectedToId';

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

  @Field(() => DataSharingBasis, { description: 'Whether the person consented or a legal ground applies.' })
  @Enum({ items: () => DataSharingBasis, nativeEnumName: 'data_sharing_basis' })
  dataSharingBasis!: DataSharingBasis;

  /** The person as the partner knows them; shown only when the basis covers NAME. */
  @Property({ type: 'text', nullable: true })
  personName: string | null = null;

  /** Sealed (AES-GCM, bound to this row): a phone number to reach the person. */
  @Property({ type: 'text', nullable: true })
  contactPhoneCiphertext: string | null = null;

  @Property({ type: 'text', nullable: true })
  contactPhoneKeyId: string | null = null;

  /** Sealed: the resident ID number, kept only when the help needs it and the consent covers it. */
  @Property({ type: 'text', nullable: true })
  idNumberCiphertext: string | null = null;

  @Property({ type: 'text', nullable: true })
  idNumberKeyId: string | null = null;

  /** The recorded consent (同意): who, when, to what, how; null on a legal ground. */
  @Enum({ items: () => ConsentGiver, nativeEnumName: 'consent_giver', nullable: true })
  consentGivenBy: ConsentGiver | null = null;

  /** Sealed: the guardian's or relative's name, when it was not the person. */
  @Property({ type: 'text', nullable: true })
  consentGiverNameCiphertext: string | null = null;

  @Property({ type: 'text', nullable: true })
  consentGiverNameKeyId: string | null = null;

  @Property({ type: 'datetime', nullable: true })
  consentGivenAt: Date | null = null;

  @Property({ type: 'json', nullable: true })
  consentCovers: SharedDataItem[] | null = null;

  @Enum({ items: () => ConsentForm, nativeEnumName: 'consent_form', nullable: true })
  consentForm: ConsentForm | null = null;

  /** The legal ground relied on instead of consent, and the provision cited. */
  @Enum({ items: () => LegalGround, nativeEnumName: 'legal_ground', nullable: true })
  legalGround: LegalGround | null = null;

  @Property({ type: 'text', nullable: true })
  legalGroundCitation: string | null = null;

  @Field(() => ReferralStatus)
  @Enum({ items: () => ReferralStatus, nativeEnumName: 'referral_status' })
  status: ReferralStatus = ReferralStatus.ISSUED;

  @Field(() => String, { nullable: true, description: 'The reason for a decline, or the outcome of completed help.' })
  @Property({ type: 'text', nullable: true })
  statusNote: string | null = null;

  /** Set when its hand-over clock is announced missed (DeadlineMissed) while still unacknowledged; cleared by issuing it again. */
  @Field(() => Date, { nullable: true, description: 'Since when the partner\'s acknowledgement is overdue; none while on time or once issued again.' })
  @Property({ type: 'datetime', nullable: true })
  overdueSince: Date | null = null;

  /** The partner agency's superior it was escalated to (上级督办); resolved as `escalatedTo`. */
  @Property({ type: 'text', nullable: true })
  escalatedToAgencyId: string | null = null;

  @Field(() => Date, { nullable: true, description: 'When it was last escalated to the partner agency\'s superior.' })
  @Property({ type: 'datetime', nullable: true })
  escalatedAt: Date | null = null;

  /** The declined referral this one redirects, and the one a declined referral was redirected to: the chain (转介链). */
  @Property({ type: 'uuid', nullable: true })
  redirectedFromId: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  redirectedToId: string | null = null;

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
