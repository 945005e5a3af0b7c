import { Entity, Enum, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { AssistanceCaseStatus, PriorityGroup } from './assistance-kind';

/** A judicial-assistance case (司法救助案件) opened for a person in hardship because of a case. */
@ObjectType({ description: 'A judicial-assistance case (司法救助) for the person behind a petition.' })
@Entity({ tableName: 'assistance_case' })
@Index({ properties: ['petitionId'] })
export class AssistanceCase {
  [OptionalProps]?: 'status' | 'createdAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Field(() => ID, { description: 'The petition the case was opened for.' })
  @Property({ type: 'uuid' })
  petitionId!: string;

  /** The procuratorate handling the case; resolved as `handlingAgency`. */
  @Property({ type: 'text' })
  handlingAgencyId!: string;

  @Field({ description: 'The person to be helped.' })
  @Property({ type: 'text' })
  applicantName!: string;

  @Field(() => PriorityGroup)
  @Enum({ items: () => PriorityGroup, nativeEnumName: 'priority_group' })
  priorityGroup!: PriorityGroup;

  @Field({ description: 'Why the person is in hardship because of the case.' })
  @Property({ type: 'text' })
  hardship!: string;

  @Field(() => Int, { description: 'Amount requested, in fen (1 yuan = 100 fen).' })
  @Property({ type: 'integer' })
  requestedAmountFen!: number;

  @Field(() => AssistanceCaseStatus)
  @Enum({ items: () => AssistanceCaseStatus, nativeEnumName: 'assistance_case_status' })
  status: AssistanceCaseStatus = AssistanceCaseStatus.OPEN;

  @Field({ description: 'Who opened it (user id).' })
  @Property({ type: 'text' })
  openedBy!: string;

  @Field()
  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}
