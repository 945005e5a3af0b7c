import { IsOptional, Length, ValidateNested } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { HelpNeeded } from './referral-kind';
import { ConsentInput, LegalGroundInput } from './sharing-basis.input';

@InputType({ description: 'Sends a declined referral on to another partner agency, as a new referral in the same chain.' })
export class RedirectReferralInput {
  @Field(() => ID, { description: 'The partner agency to try next.' })
  @Length(1, 100)
  partnerAgencyId!: string;

  @Field(() => ConsentInput, { nullable: true, description: 'The person\'s consent to tell the new partner; needed when the declined referral shared on consent, which named its own partner.' })
  @IsOptional()
  @ValidateNested()
  consent?: ConsentInput | null;

  @Field(() => LegalGroundInput, { nullable: true, description: 'A legal ground instead; the declined referral\'s ground is kept when it had one and none is given.' })
  @IsOptional()
  @ValidateNested()
  legalGround?: LegalGroundInput | null;

  @Field(() => HelpNeeded, { nullable: true, description: 'The help to ask of the new partner; the declined referral\'s by default.' })
  @IsOptional()
  helpNeeded?: HelpNeeded | null;

  @Field(() => String, { nullable: true, description: 'What the new partner needs to know; the declined referral\'s summary by default.' })
  @IsOptional()
  @Length(5, 2000)
  summary?: string | null;

  @Field(() => String, { nullable: true, description: 'Why it goes there, for both referrals\' history.' })
  @IsOptional()
  @Length(1, 1000)
  note?: string | null;
}
