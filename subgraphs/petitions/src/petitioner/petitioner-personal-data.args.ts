import { ArrayMinSize, ArrayUnique, Matches, MaxLength } from 'class-validator';
import { ArgsType, Field, ID } from 'type-graphql';
import { PersonalDataField } from './petitioner-kind';

@ArgsType()
export class PetitionerPersonalDataArgs {
  @Field(() => ID)
  petitionerId!: string;

  @Field({ description: 'Why you need it (e.g. "calling back about the procedural reply"); recorded in the audit log.' })
  @MaxLength(500)
  @Matches(/\S/, { message: 'purpose: say why you need the data' })
  purpose!: string;

  @Field(() => [PersonalDataField], { defaultValue: [PersonalDataField.ID_NUMBER, PersonalDataField.PHONE], description: 'Only what you need.' })
  @ArrayMinSize(1)
  @ArrayUnique()
  fields!: PersonalDataField[];
}
