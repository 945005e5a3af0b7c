import { registerEnumType } from 'type-graphql';

export enum Gender {
  MALE = 'MALE',
  FEMALE = 'FEMALE',
}

/** The identity document a petitioner's number is from. */
export enum DocumentType {
  /** 居民身份证: validated with its GB 11643 check digit. */
  RESIDENT_ID = 'RESIDENT_ID',
  PASSPORT = 'PASSPORT',
  /** 港澳居民来往内地通行证 */
  HONG_KONG_MACAO_PERMIT = 'HONG_KONG_MACAO_PERMIT',
  /** 台湾居民来往大陆通行证 */
  TAIWAN_PERMIT = 'TAIWAN_PERMIT',
  /** 外国人永久居留身份证 */
  FOREIGN_PERMANENT_RESIDENT = 'FOREIGN_PERMANENT_RESIDENT',
  OTHER = 'OTHER',
}

/** Who needs particular care (the seeds' priority groups): shown to handlers, counted in figures. */
export enum Vulnerability {
  ELDERLY = 'ELDERLY',
  DISABLED = 'DISABLED',
  MINOR = 'MINOR',
  WOMAN_IN_HARDSHIP = 'WOMAN_IN_HARDSHIP',
  /** 因案返贫致贫的农村群众 */
  RURAL_POVERTY = 'RURAL_POVERTY',
}

/** The personal data shown masked unless asked for whole, with a purpose. */
export enum PersonalDataField {
  ID_NUMBER = 'ID_NUMBER',
  PHONE = 'PHONE',
}

registerEnumType(Gender, { name: 'Gender' });
registerEnumType(DocumentType, { name: 'DocumentType', description: 'The identity document a number is from.' });
registerEnumType(Vulnerability, { name: 'Vulnerability', description: 'Why a petitioner needs particular care.' });
registerEnumType(PersonalDataField, { name: 'PersonalDataField', description: 'Personal data kept encrypted and shown masked.' });
