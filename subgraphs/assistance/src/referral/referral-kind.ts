import { registerEnumType } from 'type-graphql';

/** Diversified help (多元化救助) a partner agency can give. */
export enum HelpNeeded {
  PSYCHOLOGICAL_COUNSELLING = 'PSYCHOLOGICAL_COUNSELLING',
  VOCATIONAL_TRAINING = 'VOCATIONAL_TRAINING',
  SOCIAL_ASSISTANCE = 'SOCIAL_ASSISTANCE',
  LEGAL_AID = 'LEGAL_AID',
  EDUCATION_SUPPORT = 'EDUCATION_SUPPORT',
  MEDICAL_ASSISTANCE = 'MEDICAL_ASSISTANCE',
  OTHER = 'OTHER',
}

/** Why personal data may be shared with the partner: the person's consent or a legal ground. */
export enum DataSharingBasis {
  CONSENT = 'CONSENT',
  LEGAL_GROUND = 'LEGAL_GROUND',
}

registerEnumType(HelpNeeded, { name: 'HelpNeeded', description: 'The kind of help a referral asks for.' });
registerEnumType(DataSharingBasis, { name: 'DataSharingBasis', description: 'The ground for sharing personal data with a partner.' });
