import { Entity, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';

/** A leader's reception slot (检察长接待日): when, where, how many petitioners; booked by name (点名接访). */
@ObjectType({ description: 'A leader\'s reception slot on a procurator-general reception day, which reception staff book petitioners into.' })
@Entity({ tableName: 'reception_slot' })
@Index({ properties: ['agencyId', 'startsAt'] })
export class ReceptionSlot {
  [OptionalProps]?: 'booked';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'text' })
  agencyId!: string;

  /** The leader who receives; resolved as `leader`. */
  @Property({ type: 'text' })
  leaderStaffId!: string;

  @Field()
  @Property({ type: 'datetime' })
  startsAt!: Date;

  @Field()
  @Property({ type: 'datetime' })
  endsAt!: Date;

  @Field({ description: 'Where, e.g. 12309检察服务中心接待室.' })
  @Property({ type: 'text' })
  place!: string;

  @Field(() => Int, { description: 'How many petitioners the leader receives in it.' })
  @Property({ type: 'integer' })
  capacity!: number;

  @Field(() => Int, { description: 'How many are booked.' })
  @Property({ type: 'integer' })
  booked = 0;
}
