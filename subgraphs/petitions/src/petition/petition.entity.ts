import { Entity, Enum, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { PetitionCategory, PetitionChannel, PetitionStatus } from './petition-kind';

/** A letter or visit (信访件) registered by the procuratorate. */
@Directive('@key(fields: "id")')
@ObjectType({ description: 'A petition (信访件): a complaint, appeal, report or request brought to the procuratorate.' })
@Entity({ tableName: 'petition' })
@Index({ properties: ['receivingAgencyId', 'receivedAt'] })
export class Petition {
  [OptionalProps]?: 'headCount' | 'status' | 'createdAt';

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

  @Field({ description: 'The petitioner, or the first representative of a group.' })
  @Property({ type: 'text' })
  petitionerName!: string;

  @Field(() => Int, { description: 'How many people petition together (集体访 when more than one).' })
  @Property({ type: 'integer' })
  headCount = 1;

  @Field({ description: 'What the petition is about, in the reception officer\'s words.' })
  @Property({ type: 'text' })
  summary!: string;

  /** Resolved as `receivingAgency` through the agencies subgraph. */
  @Property({ type: 'text' })
  receivingAgencyId!: string;

  @Field(() => PetitionStatus)
  @Enum({ items: () => PetitionStatus, nativeEnumName: 'petition_status' })
  status: PetitionStatus = PetitionStatus.REGISTERED;

  @Field({ description: 'When the letter, call or visit was received; the deadlines count from here.' })
  @Property({ type: 'datetime' })
  receivedAt!: Date;

  @Field({ description: 'Who registered it (user id).' })
  @Property({ type: 'text' })
  registeredBy!: string;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}
