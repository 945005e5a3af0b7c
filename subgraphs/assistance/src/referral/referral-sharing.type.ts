import { Field, ObjectType } from 'type-graphql';
import { maskIdNumber } from '@xinfang/kit';
import { ConsentForm, ConsentGiver, LegalGround, SharedDataItem } from './referral-kind';
import { openReferralField } from './referral-protection';
import type { Referral } from './referral.entity';

/** The consent a referral shares personal data on, as recorded. */
@ObjectType('ReferralConsent', { description: 'Recorded consent to share personal data with the partner: who, when, to what, how.' })
export class ReferralConsent {
  @Field(() => ConsentGiver)
  givenBy!: ConsentGiver;

  @Field(() => String, { nullable: true, description: 'The guardian\'s or relative\'s name; none when the person consented.' })
  giverName!: string | null;

  @Field()
  givenAt!: Date;

  @Field(() => [SharedDataItem], { description: 'What the partner may be told.' })
  covers!: SharedDataItem[];

  @Field(() => ConsentForm)
  form!: ConsentForm;
}

/** The legal ground a referral shares name and contact on, without consent. */
@ObjectType('ReferralLegalGround', { description: 'The legal ground for sharing name and contact without consent, and the provision cited.' })
export class ReferralLegalGround {
  @Field(() => LegalGround)
  ground!: LegalGround;

  @Field()
  citation!: string;
}

export function consentOf(referral: Referral): ReferralConsent | null {
  if (!referral.consentGivenBy || !referral.consentGivenAt || !referral.consentForm) return null;
  return {
    givenBy: referral.consentGivenBy,
    giverName: openReferralField(referral, 'consentGiverName'),
    givenAt: referral.consentGivenAt,
    covers: referral.consentCovers ?? [],
    form: referral.consentForm,
  };
}

export function legalGroundOf(referral: Referral): ReferralLegalGround | null {
  return referral.legalGround ? { ground: referral.legalGround, citation: referral.legalGroundCitation ?? '' } : null;
}

/** The ID number as screens show it: masked, whoever asks; the partner receives it whole on its topic. */
export function maskedIdNumberOf(referral: Referral): string | null {
  const idNumber = openReferralField(referral, 'idNumber');
  return idNumber ? maskIdNumber(idNumber) : null;
}
