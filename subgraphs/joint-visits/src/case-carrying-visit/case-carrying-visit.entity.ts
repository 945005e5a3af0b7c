import { ArrayType, Entity, Enum, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { FollowUpTask } from './follow-up-task';
import { VisitReason } from './visit-reason';

/** A leader's case-carrying visit down to the grassroots (带案下访): the leader goes to the petitioner. */
@ObjectType({ description: 'A leader\'s case-carrying visit down to the grassroots (带案下访): the leader went to the petitioner\'s place for a petition.' })
@Entity({ tableName: 'case_carrying_visit' })
@Index({ properties: ['petitionId'] })
@Index({ properties: ['leaderStaffId', 'visitDate'] })
export class CaseCarryingVisit {
  [OptionalProps]?: 'recordedAt';

  @Field(() => ID, { description: 'The visit\'s id.' })
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Field(() => ID, { description: 'Id of the petition the leader carried.' })
  @Property({ type: 'uuid' })
  petitionId!: string;

  /** The leader's agency, whose work the visit is; resolved as `agency`. */
  @Property({ type: 'text' })
  agencyId!: string;

  /** Resolved as `leader`. */
  @Property({ type: 'text' })
  leaderStaffId!: string;

  @Field({ description: 'When the visit took place.' })
  @Property({ type: 'datetime' })
  visitedAt!: Date;

  @Field({ description: 'The China calendar day of the visit (YYYY-MM-DD): the year it counts for in the leader\'s quota.' })
  @Property({ type: 'date', columnType: 'date' })
  visitDate!: string;

  @Field({ description: 'Where the leader met the petitioner, e.g. their home or the township office.' })
  @Property({ type: 'text' })
  place!: string;

  /** Who went with the leader; resolved as `companions`. */
  @Property({ type: ArrayType, columnType: 'text[]' })
  companionStaffIds!: string[];

  @Field(() => VisitReason, { description: 'Why the leader went to the petitioner.' })
  @Enum({ items: () => VisitReason, nativeEnumName: 'case_carrying_visit_reason' })
  reason!: VisitReason;

  @Field(() => String, { nullable: true, description: 'The reason in words; given when the reason is OTHER.' })
  @Property({ type: 'text', nullable: true })
  reasonText!: string | null;

  @Field({ description: 'Why the petitioner petitions and what would resolve it, as the leader analysed it.' })
  @Property({ type: 'text' })
  analysis!: string;

  @Field({ description: 'Help given: legal consultation, judicial assistance pointed to, other cases looked into.' })
  @Property({ type: 'text' })
  helpGiven!: string;

  @Field(() => [FollowUpTask], { description: 'Follow-up tasks the visit left, earliest due first.' })
  @Property({ type: 'json' })
  followUps!: FollowUpTask[];

  @Field({ description: 'Always true: the visit is recorded only once the recorder affirms it arrived without pomp, did not disturb the petitioner\'s life, and protected their privacy and reputation.' })
  @Property({ type: 'boolean' })
  privacyProtected!: boolean;

  @Field({ description: 'How the petitioner\'s privacy and reputation were protected, e.g. "unmarked car, met at home, no village officials present".' })
  @Property({ type: 'text' })
  privacyNote!: string;

  @Field({ description: 'Who recorded it (user id).' })
  @Property({ type: 'text' })
  recordedBy!: string;

  @Field({ description: 'When it was recorded; may be well after the visit.' })
  @Property({ type: 'datetime' })
  recordedAt: Date = new Date();
}
