import { Field, Float, Int, ObjectType } from 'type-graphql';
import { AgencyReference } from '@xinfang/kit';
import { PriorityGroup } from '../assistance-case/assistance-kind';

/** People assisted and amount paid: the seed's headline ("722 people, 4.128 million yuan"). */
@ObjectType({ description: 'People assisted and money paid in a period.' })
export class AssistanceFigures {
  @Field(() => Int, { description: 'People assisted: cases with a payment in the period, each counted once however many payments or procuratorates.' })
  peopleAssisted!: number;

  @Field(() => Float, { description: 'Amount paid, in whole fen (a Float only because GraphQL\'s Int stops at 2^31).' })
  amountPaidFen!: number;
}

@ObjectType({ description: 'Figures of one calendar month (China time).' })
export class MonthlyAssistanceFigures extends AssistanceFigures {
  @Field({ description: 'The month, YYYY-MM.' })
  month!: string;
}

@ObjectType({ description: 'Figures of one priority group.' })
export class PriorityGroupAssistanceFigures extends AssistanceFigures {
  @Field(() => PriorityGroup)
  priorityGroup!: PriorityGroup;
}

@ObjectType({ description: 'Figures of one paying procuratorate: what it paid itself, its share of joint cases included.' })
export class AgencyAssistanceFigures extends AssistanceFigures {
  @Field(() => AgencyReference)
  agency!: AgencyReference;
}

@ObjectType({ description: 'Where the cases of the period stand.' })
export class AssistanceCaseCounts {
  @Field(() => Int, { description: 'Applications in the period (cases opened).' })
  opened!: number;

  @Field(() => Int, { description: 'Decided with an amount in the period.' })
  approved!: number;

  @Field(() => Int, { description: 'Refused in the period.' })
  refused!: number;

  @Field(() => Int, { description: 'Joint cases (联合救助) applied for in the period.' })
  joint!: number;

  @Field(() => Int, { description: 'Urgent help paid whose approval is still to be completed, now.' })
  paperworkPending!: number;
}

@ObjectType({ description: 'Judicial-assistance statistics of a procuratorate and every one below it, over a period.' })
export class AssistanceStatistics {
  @Field(() => AgencyReference)
  agency!: AgencyReference;

  @Field({ description: 'Start of the period (inclusive).' })
  from!: Date;

  @Field({ description: 'End of the period (exclusive).' })
  to!: Date;

  @Field(() => AssistanceFigures)
  total!: AssistanceFigures;

  @Field(() => [MonthlyAssistanceFigures], { description: 'One row per month with payments, oldest first.' })
  months!: MonthlyAssistanceFigures[];

  @Field(() => [PriorityGroupAssistanceFigures], { description: 'Per priority group.' })
  byPriorityGroup!: PriorityGroupAssistanceFigures[];

  @Field(() => [AgencyAssistanceFigures], { description: 'Per paying procuratorate, the agency and its subordinates.' })
  byAgency!: AgencyAssistanceFigures[];

  @Field(() => AssistanceCaseCounts)
  cases!: AssistanceCaseCounts;
}
