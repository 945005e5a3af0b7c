import { registerEnumType } from 'type-graphql';

/** How the petition reached the procuratorate (信访渠道, art. 17 of the Regulations). */
export enum PetitionChannel {
  /** 来信 */
  LETTER = 'LETTER',
  /** 来访 */
  IN_PERSON = 'IN_PERSON',
  /** 12309 检察服务热线 */
  HOTLINE_12309 = 'HOTLINE_12309',
  /** 网上信访 / 12309 网站 */
  ONLINE = 'ONLINE',
  PHONE = 'PHONE',
  FAX = 'FAX',
}

/** What the petitioner asks for. */
export enum PetitionCategory {
  /** 控告 */
  ACCUSATION = 'ACCUSATION',
  /** 申诉 */
  APPEAL = 'APPEAL',
  /** 举报 */
  REPORT = 'REPORT',
  /** 求决 */
  REQUEST = 'REQUEST',
  /** 意见建议 */
  SUGGESTION = 'SUGGESTION',
}

/** Where the petition stands in the procuratorate's handling. */
export enum PetitionStatus {
  /** Registered, awaiting the 7-day procedural reply. */
  REGISTERED = 'REGISTERED',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
  TRANSFERRED = 'TRANSFERRED',
  RESULT_RECORDED = 'RESULT_RECORDED',
  CLOSED = 'CLOSED',
}

registerEnumType(PetitionChannel, { name: 'PetitionChannel', description: 'How a petition arrived.' });
registerEnumType(PetitionCategory, { name: 'PetitionCategory', description: 'What a petition asks for.' });
registerEnumType(PetitionStatus, { name: 'PetitionStatus', description: 'Where a petition stands.' });
