import { ArrayType, Entity, Enum, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { ContactPointKind } from './contact-point-kind';
import { VisitingDayView } from './visiting-day.types';

/**
 * A contact point (联络点) for case-carrying visits in a township or community: an agency's
 * fixed-point responsibility (定点责任制), with liaison officers and fixed visiting days, where
 * people can bring petitions close to home.
 */
@ObjectType({ description: 'A township or community contact point (联络点) of an agency, with liaison officers and fixed visiting days, where petitions are received close to home.' })
@Entity({ tableName: 'contact_point' })
@Index({ properties: ['agencyId', 'active'] })
export class ContactPoint {
  [OptionalProps]?: 'active' | 'createdAt' | 'updatedAt';

  @Field(() => ID, { description: 'The contact point\'s id.' })
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Field(() => ContactPointKind, { description: 'Township or community.' })
  @Enum({ items: () => ContactPointKind, nativeEnumName: 'contact_point_kind' })
  kind!: ContactPointKind;

  @Field({ description: 'Its name, e.g. 荆山镇综治中心检察联络点.' })
  @Property({ type: 'text' })
  name!: string;

  @Field({ description: 'Where it is.' })
  @Property({ type: 'text' })
  address!: string;

  /** The agency responsible; resolved as `agency`. */
  @Property({ type: 'text' })
  agencyId!: string;

  /** Resolved as `liaisonOfficers`. */
  @Property({ type: ArrayType, columnType: 'text[]' })
  liaisonStaffIds!: string[];

  @Field(() => [VisitingDayView], { description: 'Its fixed visiting days.' })
  @Property({ type: 'json' })
  visitingDays!: VisitingDayView[];

  @Field(() => Boolean, { description: 'Whether it still receives; a deactivated one keeps its history.' })
  @Property({ type: 'boolean' })
  active: boolean = true;

  @Field({ description: 'Who set it up (user id).' })
  @Property({ type: 'text' })
  createdBy!: string;

  @Field({ description: 'When it was set up.' })
  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Field({ description: 'When it last changed.' })
  @Property({ type: 'datetime' })
  updatedAt: Date = new Date();
}
