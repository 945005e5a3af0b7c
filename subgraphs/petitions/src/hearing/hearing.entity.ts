import { Entity, Enum, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { HearingOpinion, HearingParticipant, HearingStatus } from './hearing-kind';

/** A public hearing (公开听证) on a difficult petition; the handling clocks stand still until its conclusion. */
@ObjectType({ description: 'A public hearing on a petition, with its invited participants, conclusion and their opinions.' })
@Entity({ tableName: 'hearing' })
export class Hearing {
  [OptionalProps]?: 'status' | 'conclusion' | 'opinions' | 'concludedAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid', index: true })
  petitionId!: string;

  @Property({ type: 'text' })
  agencyId!: string;

  @Field()
  @Property({ type: 'datetime' })
  scheduledFor!: Date;

  @Field()
  @Property({ type: 'text' })
  venue!: string;

  @Field(() => [HearingParticipant])
  @Property({ type: 'json' })
  participants!: HearingParticipant[];

  @Field(() => HearingStatus)
  @Enum({ items: () => HearingStatus, nativeEnumName: 'hearing_status' })
  status: HearingStatus = HearingStatus.SCHEDULED;

  @Field(() => String, { nullable: true, description: 'The hearing\'s conclusion, part of the petition\'s result.' })
  @Property({ type: 'text', nullable: true })
  conclusion: string | null = null;

  @Field(() => [HearingOpinion])
  @Property({ type: 'json' })
  opinions: HearingOpinion[] = [];

  @Field({ description: 'Who scheduled it.' })
  @Property({ type: 'text' })
  scheduledByName!: string;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  concludedAt: Date | null = null;
}
