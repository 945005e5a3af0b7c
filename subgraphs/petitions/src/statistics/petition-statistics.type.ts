import { Field, Float, Int, ObjectType } from 'type-graphql';
import { AgencyReference } from '@xinfang/kit';

/** The counts every statistics row carries, for a month or for the whole period. */
@ObjectType({ description: 'Petition figures for one period (件件有回复: replies and results on time).' })
export class PetitionFigures {
  @Field(() => Int, { description: 'Petitions received in the period.' })
  received!: number;

  @Field(() => Int, { description: 'Of those, accepted for handling (受理).' })
  accepted!: number;

  @Field(() => Int, { description: 'Of those, not accepted (不予受理).' })
  declined!: number;

  @Field(() => Int, { description: 'Of those, transferred to another agency (转办).' })
  transferredOut!: number;

  @Field(() => Int, { description: 'Procedural replies whose 7 days are over or which were sent.' })
  proceduralRepliesDue!: number;

  @Field(() => Int, { description: 'Of those, sent within the 7 days.' })
  proceduralRepliesOnTime!: number;

  @Field(() => Float, { nullable: true, description: 'Replies on time over replies due, 0–1; none when nothing was due.' })
  proceduralReplyOnTimeRate!: number | null;

  @Field(() => Int, { description: 'Results whose 3 months are over or which were recorded.' })
  resultsDue!: number;

  @Field(() => Int, { description: 'Of those, recorded within the 3 months.' })
  resultsOnTime!: number;

  @Field(() => Float, { nullable: true, description: 'Results on time over results due, 0–1; none when nothing was due.' })
  resultOnTimeRate!: number | null;

  @Field(() => Int, { description: 'Closed (办结).' })
  closed!: number;

  @Field(() => Int, { description: 'With a result that substantively resolved the matter (实质性化解).' })
  substantivelyResolved!: number;

  @Field(() => Float, { nullable: true, description: 'Substantively resolved over results recorded, 0–1.' })
  substantivelyResolvedShare!: number | null;

  @Field(() => Int, { description: 'Group petitions (集体访): as many people as the configured head count or more.' })
  group!: number;

  @Field(() => Int, { description: 'Repeat petitions (重复访): the same person on the same matter within the configured window.' })
  repeat!: number;

  @Field(() => Int, { description: 'Leapfrog petitions (越级访): received above the agency with jurisdiction.' })
  leapfrog!: number;

  @Field(() => Int, { description: 'Rated by the petitioner (return visit or public lookup).' })
  rated!: number;

  @Field(() => Int, { description: 'Rated satisfied or basically satisfied.' })
  satisfiedOrBasically!: number;

  @Field(() => Int, { description: 'Rated dissatisfied: listed for a leader\'s review.' })
  dissatisfied!: number;

  @Field(() => Float, { nullable: true, description: 'Satisfied or basically satisfied over rated, 0–1.' })
  satisfactionRate!: number | null;

  @Field(() => Int, { description: 'Looking back (回头看): closed and petitioned again.' })
  lookingBack!: number;

  @Field(() => Int, { description: 'Of those, marked substantively resolved.' })
  lookingBackResolved!: number;

  @Field(() => Float, { nullable: true, description: 'Looking-back cases substantively resolved over all of them (the seed: 187 of 350, 53.4%).' })
  lookingBackResolvedShare!: number | null;

  @Field(() => Int, { description: 'Deadlines of these petitions open and past due now.' })
  overdueNow!: number;
}

@ObjectType({ description: 'Figures of one calendar month (China time).' })
export class MonthlyPetitionFigures extends PetitionFigures {
  @Field({ description: 'The month, YYYY-MM.' })
  month!: string;
}

@ObjectType({ description: 'How many petitions came by one channel or of one category.' })
export class PetitionCount {
  @Field({ description: 'The channel or category.' })
  key!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ description: 'Petition statistics of an agency and every agency below it, over a period, per month.' })
export class PetitionStatistics {
  @Field(() => AgencyReference)
  agency!: AgencyReference;

  @Field({ description: 'Start of the period (inclusive).' })
  from!: Date;

  @Field({ description: 'End of the period (exclusive).' })
  to!: Date;

  @Field(() => Int, { description: 'How many agencies the figures cover: the agency and its subordinates.' })
  agencies!: number;

  @Field(() => PetitionFigures)
  total!: PetitionFigures;

  @Field(() => [MonthlyPetitionFigures], { description: 'One row per month with petitions, oldest first.' })
  months!: MonthlyPetitionFigures[];

  @Field(() => [PetitionCount], { description: 'Received, by channel.' })
  byChannel!: PetitionCount[];

  @Field(() => [PetitionCount], { description: 'Received, by category.' })
  byCategory!: PetitionCount[];
}
