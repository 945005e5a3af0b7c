import { Matches, MaxLength, ValidateNested } from 'class-validator';
import { ArgsType, Field, InputType } from 'type-graphql';
import { PersonNumbersInput } from './petitioner.input';

@InputType({ description: 'A person, by one number (idNumber or phone): hashed on the server and matched against every petitioner\'s keyed hash.' })
export class PersonLookupInput extends PersonNumbersInput {}

@ArgsType()
export class PersonHistoryArgs {
  @Field(() => PersonLookupInput, { description: 'Give idNumber or phone, not both.' })
  @ValidateNested()
  person!: PersonLookupInput;

  @Field({ description: 'Why you look this person up; recorded in the audit log.' })
  @MaxLength(500)
  @Matches(/\S/, { message: 'purpose: say why you look this person up' })
  purpose!: string;
}
