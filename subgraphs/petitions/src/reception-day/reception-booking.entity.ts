import { Entity, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';

/** A petitioner booked by name into a leader's reception slot, and what came of the visit. */
@ObjectType({ description: 'A petition booked into a leader\'s reception slot, with the visit\'s outcome once recorded.' })
@Entity({ tableName: 'reception_booking' })
@Unique({ properties: ['slotId', 'petitionId'] })
export class ReceptionBooking {
  [OptionalProps]?: 'outcome' | 'receivedAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Field(() => ID)
  @Property({ type: 'uuid' })
  slotId!: string;

  @Field(() => ID)
  @Property({ type: 'uuid', index: true })
  petitionId!: string;

  @Field({ description: 'Who booked it.' })
  @Property({ type: 'text' })
  bookedByName!: string;

  @Field()
  @Property({ type: 'datetime' })
  bookedAt!: Date;

  @Field(() => String, { nullable: true, description: 'What came of the visit, recorded against the petition.' })
  @Property({ type: 'text', nullable: true })
  outcome: string | null = null;

  @Field(() => Date, { nullable: true, description: 'When the leader received the petitioner.' })
  @Property({ type: 'datetime', nullable: true })
  receivedAt: Date | null = null;
}
