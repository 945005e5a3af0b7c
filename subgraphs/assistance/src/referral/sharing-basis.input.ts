import { ArrayMaxSize, ArrayMinSize, IsOptional, Length } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { ConsentForm, ConsentGiver, LegalGround, SharedDataItem } from './referral-kind';

/** The person's consent to tell the partner about them, as recorded at the procuratorate. */
@InputType({ description: 'Recorded consent to share personal data with the partner: who, when, to what, how.' })
export class ConsentInput {
  @Field(() => ConsentGiver, { description: 'The person themselves, their guardian or a close relative.' })
  givenBy!: ConsentGiver;

  @Field(() => String, { nullable: true, description: 'The guardian\'s or relative\'s name; required unless the person consented themselves.' })
  @IsOptional()
  @Length(1, 100)
  giverName?: string | null;

  @Field({ description: 'When consent was given; not in the future.' })
  givenAt!: Date;

  @Field(() => [SharedDataItem], { description: 'The items the partner may be told; nothing else is shared.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  covers!: SharedDataItem[];

  @Field(() => ConsentForm)
  form!: ConsentForm;
}

/** A legal ground for sharing without consent, with where the law says so. */
@InputType({ description: 'A legal ground for sharing the person\'s name and contact with the partner without consent.' })
export class LegalGroundInput {
  @Field(() => LegalGround)
  ground!: LegalGround;

  @Field({ description: 'The provision relied on, e.g. 《社会救助暂行办法》第五十条.' })
  @Length(5, 500)
  citation!: string;
}
