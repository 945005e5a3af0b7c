import { registerEnumType } from 'type-graphql';

/** What an agency is; decides what it receives (referrals, assignments, transfers). */
export enum AgencyType {
  /** 人民检察院 */
  PROCURATORATE = 'PROCURATORATE',
  /** 人民法院 */
  COURT = 'COURT',
  /** 公安机关 */
  POLICE = 'POLICE',
  /** 政法委 */
  POLITICAL_LEGAL_COMMISSION = 'POLITICAL_LEGAL_COMMISSION',
  /** 民政局 */
  CIVIL_AFFAIRS = 'CIVIL_AFFAIRS',
  /** 妇联 */
  WOMENS_FEDERATION = 'WOMENS_FEDERATION',
  /** 残联 */
  DISABLED_PERSONS_FEDERATION = 'DISABLED_PERSONS_FEDERATION',
  /** 教育局 */
  EDUCATION = 'EDUCATION',
  /** 人力资源和社会保障局 */
  HUMAN_RESOURCES = 'HUMAN_RESOURCES',
  /** 卫生健康委 */
  HEALTH = 'HEALTH',
  /** 司法局 / 法律援助中心 */
  JUSTICE_BUREAU = 'JUSTICE_BUREAU',
}

/** Administrative level (级别). */
export enum AgencyLevel {
  NATIONAL = 'NATIONAL',
  PROVINCIAL = 'PROVINCIAL',
  MUNICIPAL = 'MUNICIPAL',
  COUNTY = 'COUNTY',
}

/** Agencies that receive judicial-assistance referrals (多元救助). */
export const PARTNER_AGENCY_TYPES: readonly AgencyType[] = [
  AgencyType.CIVIL_AFFAIRS,
  AgencyType.WOMENS_FEDERATION,
  AgencyType.DISABLED_PERSONS_FEDERATION,
  AgencyType.EDUCATION,
  AgencyType.HUMAN_RESOURCES,
  AgencyType.HEALTH,
  AgencyType.JUSTICE_BUREAU,
];

registerEnumType(AgencyType, { name: 'AgencyType', description: 'What an agency is.' });
registerEnumType(AgencyLevel, { name: 'AgencyLevel', description: 'Administrative level of an agency.' });
