import { ArrayType, Entity, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';

/** One participating agency's leader on duty at a session. */
export interface OnDutyLeader {
  agencyId: string;
  staffId: string;
}

/** A joint-visit session (联合接访): agencies receive petitioners together, organised by the commission (政法委). */
@ObjectType({ description: 'A joint-visit session (联合接访) where the procuratorate, court, police, justice bureau and others receive petitioners together.' })
@Entity({ tableName: 'joint_visit_session' })
@Index({ properties: ['startsAt', 'endsAt'] })
export class JointVisitSession {
  [OptionalProps]?: 'createdAt' | 'onDutyLeaders';

  @Field(() => ID, { description: 'The session\'s id.' })
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Field({ description: 'What the session is about, e.g. a theme or the petitions to be heard.' })
  @Property({ type: 'text' })
  title!: string;

  @Field({ description: 'Where petitioners are received, e.g. a joint reception centre.' })
  @Property({ type: 'text' })
  location!: string;

  @Field({ description: 'When the session starts.' })
  @Property({ type: 'datetime' })
  startsAt!: Date;

  @Field({ description: 'When the session ends; always after it starts.' })
  @Property({ type: 'datetime' })
  endsAt!: Date;

  /** The political-legal commission that organised it; resolved as `organizer`. */
  @Property({ type: 'text' })
  organizerAgencyId!: string;

  /** The agencies taking part; resolved as `participatingAgencies`. */
  @Property({ type: ArrayType, columnType: 'text[]' })
  participatingAgencyIds!: string[];

  /** Each participating agency's leader on duty (值班领导), as directory staff; resolved as `participants`. */
  @Property({ type: 'json' })
  onDutyLeaders: OnDutyLeader[] = [];

  @Field({ description: 'Who scheduled it (user id).' })
  @Property({ type: 'text' })
  createdBy!: string;

  @Field({ description: 'When it was scheduled.' })
  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}
