import { Entity, Enum, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { AgencyReference, agencyReference } from '@xinfang/kit';
import { PaymentMethod } from './assistance-kind';

/** One disbursement of assistance money, by the procuratorate whose share it pays. */
@ObjectType('AssistancePayment', { description: 'One disbursement of judicial-assistance money (救助金发放), in fen.' })
@Entity({ tableName: 'assistance_payment' })
@Index({ properties: ['assistanceCaseId'] })
@Index({ properties: ['agencyId', 'paidAt'] })
export class AssistancePayment {
  /** Derived, never stored. */
  [OptionalProps]?: 'paidBy';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Field(() => ID)
  @Property({ type: 'uuid' })
  assistanceCaseId!: string;

  /** The procuratorate that paid (its share); resolved as `paidBy`. */
  @Property({ type: 'text' })
  agencyId!: string;

  @Field(() => Int, { description: 'In fen.' })
  @Property({ type: 'integer' })
  amountFen!: number;

  @Field({ description: 'When the money was paid.' })
  @Property({ type: 'datetime' })
  paidAt!: Date;

  @Field(() => PaymentMethod)
  @Enum({ items: () => PaymentMethod, nativeEnumName: 'payment_method' })
  method!: PaymentMethod;

  @Field({ description: 'The receipt or bank reference (回执).' })
  @Property({ type: 'text' })
  receiptReference!: string;

  @Field({ description: 'Urgent help (先行救助) paid before the decision.' })
  @Property({ type: 'boolean' })
  urgent!: boolean;

  @Field({ description: 'Who recorded it (user id).' })
  @Property({ type: 'text' })
  recordedBy!: string;

  @Field()
  @Property({ type: 'datetime' })
  recordedAt!: Date;

  @Field(() => AgencyReference, { description: 'The procuratorate that paid: its share of the case.' })
  get paidBy(): AgencyReference {
    return agencyReference(this.agencyId);
  }
}
