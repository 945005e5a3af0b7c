import { registerEnumType } from 'type-graphql';

/** Diversified help (多元化救助) a partner agency can give. */
export enum HelpNeeded {
  /** 最低生活保障 (civil affairs). */
  MINIMUM_LIVING_ALLOWANCE = 'MINIMUM_LIVING_ALLOWANCE',
  /** 临时救助 (civil affairs). */
  TEMPORARY_ASSISTANCE = 'TEMPORARY_ASSISTANCE',
  /** 妇女权益保障 (women's federation). */
  WOMENS_RIGHTS_SUPPORT = 'WOMENS_RIGHTS_SUPPORT',
  /** 残疾人帮扶 (disabled persons' federation). */
  DISABILITY_SUPPORT = 'DISABILITY_SUPPORT',
  PSYCHOLOGICAL_COUNSELLING = 'PSYCHOLOGICAL_COUNSELLING',
  VOCATIONAL_TRAINING = 'VOCATIONAL_TRAINING',
  SOCIAL_ASSISTANCE = 'SOCIAL_ASSISTANCE',
  LEGAL_AID = 'LEGAL_AID',
  /** Schooling (就学). */
  EDUCATION_SUPPORT = 'EDUCATION_SUPPORT',
  MEDICAL_ASSISTANCE = 'MEDICAL_ASSISTANCE',
  OTHER = 'OTHER',
}

/** Why personal data may be shared with the partner: the person's consent or a legal ground. */
export enum DataSharingBasis {
  CONSENT = 'CONSENT',
  LEGAL_GROUND = 'LEGAL_GROUND',
}

/** What a partner may be told about the person, item by item. */
export enum SharedDataItem {
  NAME = 'NAME',
  /** A phone number to reach them. */
  CONTACT = 'CONTACT',
  /** The resident identity number (身份证号码). */
  ID_NUMBER = 'ID_NUMBER',
  HEALTH = 'HEALTH',
  DISABILITY = 'DISABILITY',
  FINANCES = 'FINANCES',
  FAMILY = 'FAMILY',
}

/** Who consented: the person, or someone entitled to consent for them. */
export enum ConsentGiver {
  APPLICANT = 'APPLICANT',
  /** 监护人, for a minor or a person without full capacity. */
  GUARDIAN = 'GUARDIAN',
  /** A close relative, for a person who cannot answer. */
  RELATIVE = 'RELATIVE',
}

/** How the consent was given and kept. */
export enum ConsentForm {
  WRITTEN = 'WRITTEN',
  ORAL_RECORDED = 'ORAL_RECORDED',
  ELECTRONIC = 'ELECTRONIC',
}

/** Grounds on which personal data may go to a partner without consent (个人信息保护法 art. 13). */
export enum LegalGround {
  /** Needed to perform a statutory duty (art. 13(3)), e.g. social assistance under 社会救助暂行办法. */
  STATUTORY_DUTY = 'STATUTORY_DUTY',
  /** Needed to protect life, health or property in an emergency (art. 13(4)). */
  VITAL_INTERESTS = 'VITAL_INTERESTS',
  /** Protection of a minor (未成年人保护法). */
  PROTECTION_OF_MINORS = 'PROTECTION_OF_MINORS',
}

/** The data items a partner is told without consent: enough to reach the person and no more. */
export const ITEMS_SHARED_ON_LEGAL_GROUND: readonly SharedDataItem[] = [SharedDataItem.NAME, SharedDataItem.CONTACT];

/** Help the partner cannot give without the person's ID number (an allowance, treatment, a lawyer). */
export const HELP_NEEDING_ID_NUMBER: readonly HelpNeeded[] = [
  HelpNeeded.MINIMUM_LIVING_ALLOWANCE, HelpNeeded.TEMPORARY_ASSISTANCE, HelpNeeded.DISABILITY_SUPPORT, HelpNeeded.MEDICAL_ASSISTANCE, HelpNeeded.LEGAL_AID,
];

registerEnumType(HelpNeeded, { name: 'HelpNeeded', description: 'The kind of help a referral asks for.' });
registerEnumType(DataSharingBasis, { name: 'DataSharingBasis', description: 'The ground for sharing personal data with a partner.' });
registerEnumType(SharedDataItem, { name: 'SharedDataItem', description: 'An item of personal data a partner may be told.' });
registerEnumType(ConsentGiver, { name: 'ConsentGiver', description: 'Who gave consent to share: the person, their guardian or a close relative.' });
registerEnumType(ConsentForm, { name: 'ConsentForm', description: 'How consent was given: in writing, orally and recorded, or electronically.' });
registerEnumType(LegalGround, { name: 'LegalGround', description: 'A legal ground for sharing personal data without consent.' });
