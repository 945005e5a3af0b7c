import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';

/** A petition received at a contact point: one point per petition. */
@ObjectType('ContactPointPetition', { description: 'A petition received at a contact point.' })
@Entity({ tableName: 'contact_point_petition' })
@Index({ properties: ['contactPointId', 'linkedAt'] })
export class ContactPointPetition {
  /** Resolved as `petition`. */
  @PrimaryKey({ type: 'uuid' })
  petitionId!: string;

  @Property({ type: 'uuid' })
  contactPointId!: string;

  @Field({ description: 'Who recorded it as received there (user id).' })
  @Property({ type: 'text' })
  linkedBy!: string;

  @Field({ description: 'When it was recorded.' })
  @Property({ type: 'datetime' })
  linkedAt!: Date;
}
