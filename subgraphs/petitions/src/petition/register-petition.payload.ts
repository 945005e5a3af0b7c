import { Field, ObjectType } from 'type-graphql';
import { Petition } from './petition.entity';

@ObjectType({ description: 'A registered petition and the access code to hand to the petitioner.' })
export class RegisterPetitionPayload {
  @Field(() => Petition)
  petition!: Petition;

  @Field({ description: 'Shown once: the petitioner looks up progress with it and the tracking number.' })
  accessCode!: string;
}
