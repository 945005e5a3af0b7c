import { IsInt, IsOptional, Min } from 'class-validator';
import { ArgsType, Field, ID, Int } from 'type-graphql';

/** `id` and `expectedVersion`, on every mutation that takes a workflow step. */
@ArgsType()
export class StepArgs {
  @Field(() => ID, { description: 'The matter to take the step on.' })
  id!: string;

  @Field(() => Int, {
    nullable: true,
    description: 'The `version` you last saw: if the matter has changed since, the step is refused with CONFLICT instead of applied to a state you have not seen.',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  expectedVersion?: number;
}
