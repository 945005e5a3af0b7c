import { IsUUID, Length } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { DataSharingBasis, HelpNeeded } from './referral-kind';

@InputType({ description: 'Refers an assistance case to a partner agency.' })
export class IssueReferralInput {
  @Field(() => ID)
  @IsUUID()
  assistanceCaseId!: string;

  @Field(() => ID, { description: 'The partner agency (civil affairs, women\'s federation, ...).' })
  @Length(1, 100)
  partnerAgencyId!: string;

  @Field(() => HelpNeeded)
  helpNeeded!: HelpNeeded;

  @Field({ description: 'What the partner needs to know; no ID or phone numbers.' })
  @Length(5, 2000)
  summary!: string;

  @Field({ defaultValue: false })
  urgent: boolean = false;

  @Field(() => DataSharingBasis, { description: 'The recorded consent or legal ground for sharing.' })
  dataSharingBasis!: DataSharingBasis;
}
