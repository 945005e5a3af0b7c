import { Field, ID, ObjectType } from 'type-graphql';
import { DocumentType } from './petitioner-kind';

@ObjectType({ description: 'A petitioner\'s numbers whole, as asked for with a purpose; the read is in the audit log.' })
export class PetitionerPersonalData {
  @Field(() => ID)
  petitionerId!: string;

  @Field(() => DocumentType, { nullable: true })
  documentType!: DocumentType | null;

  @Field(() => String, { nullable: true, description: 'Null when not asked for or not recorded.' })
  idNumber!: string | null;

  @Field(() => String, { nullable: true, description: 'Digits only; null when not asked for or not recorded.' })
  phone!: string | null;
}
