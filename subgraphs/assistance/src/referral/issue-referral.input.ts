import { IsOptional, IsUUID, Length, ValidateNested } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { HelpNeeded } from './referral-kind';
import { ConsentInput, LegalGroundInput } from './sharing-basis.input';

@InputType({ description: 'Refers an assistance case to a partner agency, with the consent or legal ground for telling it about the person.' })
export class IssueReferralInput {
  @Field(() => ID)
  @IsUUID()
  assistanceCaseId!: string;

  @Field(() => ID, { description: 'The partner agency (civil affairs, women\'s federation, ...).' })
  @Length(1, 100)
  partnerAgencyId!: string;

  @Field(() => HelpNeeded)
  helpNeeded!: HelpNeeded;

  @Field({ description: 'What the partner needs to know; no ID or phone numbers unless the consent covers them.' })
  @Length(5, 2000)
  summary!: string;

  @Field({ defaultValue: false })
  urgent: boolean = false;

  @Field(() => ConsentInput, { nullable: true, description: 'The person\'s recorded consent; this or a legal ground is required.' })
  @IsOptional()
  @ValidateNested()
  consent?: ConsentInput | null;

  @Field(() => LegalGroundInput, { nullable: true, description: 'The legal ground, when consent is not needed; only name and contact are then shared.' })
  @IsOptional()
  @ValidateNested()
  legalGround?: LegalGroundInput | null;

  @Field(() => String, { nullable: true, description: 'The person\'s name as the partner will know it; the case\'s applicant by default.' })
  @IsOptional()
  @Length(1, 100)
  personName?: string | null;

  @Field(() => String, { nullable: true, description: 'A phone number to reach the person; only with consent covering CONTACT, or a legal ground.' })
  @IsOptional()
  @Length(5, 30)
  contactPhone?: string | null;

  @Field(() => String, { nullable: true, description: 'The resident ID number, only when the help needs it and the consent covers ID_NUMBER.' })
  @IsOptional()
  @Length(18, 18)
  idNumber?: string | null;

  @Field(() => Date, { nullable: true, description: 'When it was handed over, if before now: a referral made on paper and entered afterwards (at most 30 days back). Its clock runs from then.' })
  @IsOptional()
  issuedAt?: Date | null;
}
