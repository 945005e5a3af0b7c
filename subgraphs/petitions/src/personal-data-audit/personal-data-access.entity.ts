import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';

/** What a caller did that showed personal data whole, or revealed a person's petitions. */
export enum PersonalDataOperation {
  /** A petitioner's ID or phone number, unmasked. */
  UNMASK_PETITIONER = 'UNMASK_PETITIONER',
  /** The petitions of a person found by their ID or phone number. */
  PERSON_HISTORY = 'PERSON_HISTORY',
}

registerEnumType(PersonalDataOperation, { name: 'PersonalDataOperation', description: 'What revealed personal data.' });

/**
 * One read of personal data: who, for which agency, why, what, whose, which fields; never
 * the value. Append-only: the table refuses UPDATE, DELETE and TRUNCATE, and nothing here
 * offers either.
 */
@ObjectType({ description: 'An entry of the personal-data audit log: one read of personal data, never the value read.' })
@Entity({ tableName: 'personal_data_access' })
@Index({ properties: ['at'] })
export class PersonalDataAccess {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Field({ description: 'When it was read.' })
  @Property({ type: 'datetime' })
  at!: Date;

  @Field({ description: 'Who read it (user id).' })
  @Property({ type: 'text' })
  userId!: string;

  @Field()
  @Property({ type: 'text' })
  userName!: string;

  /** The agency the reader acted for; resolved as `agency`. */
  @Property({ type: 'text' })
  agencyId!: string;

  @Field(() => [String], { description: 'The reader\'s roles then.' })
  @Property({ type: 'text[]' })
  roles!: string[];

  @Field(() => PersonalDataOperation)
  @Enum({ items: () => PersonalDataOperation, nativeEnumName: 'personal_data_operation' })
  operation!: PersonalDataOperation;

  @Field({ description: 'Why, in the reader\'s words.' })
  @Property({ type: 'text' })
  purpose!: string;

  @Field({ description: '`Petitioner` (subjectId is the petitioner\'s id) or `Person` (subjectId is the keyed hash looked up).' })
  @Property({ type: 'text' })
  subjectType!: string;

  @Field()
  @Property({ type: 'text' })
  subjectId!: string;

  @Field(() => ID, { nullable: true, description: 'The petition, when one petitioner\'s data was read.' })
  @Property({ type: 'uuid', nullable: true })
  petitionId: string | null = null;

  @Field(() => [String], { description: 'Which fields were shown whole (or looked up by): ID_NUMBER, PHONE.' })
  @Property({ type: 'text[]' })
  fields!: string[];
}
