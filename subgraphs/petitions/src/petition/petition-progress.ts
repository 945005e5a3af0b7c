import { Field, ObjectType } from 'type-graphql';
import { PetitionStatus, Satisfaction } from './petition-kind';

/** What a petitioner sees of their own petition (信访件查询): progress, never internals. */
@ObjectType({ description: 'The public view of a petition\'s progress, for the petitioner.' })
export class PetitionProgress {
  @Field()
  trackingNumber!: string;

  @Field(() => PetitionStatus)
  status!: PetitionStatus;

  @Field()
  receivedAt!: Date;

  @Field(() => Date, { nullable: true, description: 'The procedural reply is due by then (end of the China day); none while the clock is paused.' })
  proceduralReplyDueAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'The handling result is due by then; none while the clock is paused.' })
  resultDueAt!: Date | null;

  @Field({ description: 'Name of the receiving agency\'s id, resolvable through `agency(id)`.' })
  receivingAgencyId!: string;

  @Field(() => Date, { nullable: true, description: 'When the petitioner was told it was accepted, not accepted or transferred.' })
  proceduralReplySentAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'The answer (办理结果), once given.' })
  result!: string | null;

  @Field(() => Date, { nullable: true })
  resultRecordedAt!: Date | null;

  @Field(() => Satisfaction, { nullable: true, description: 'The petitioner\'s rating, once given.' })
  satisfaction!: Satisfaction | null;
}
