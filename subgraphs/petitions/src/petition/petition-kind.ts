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
  /** 远程视频接访 */
  REMOTE_VIDEO = 'REMOTE_VIDEO',
  /** Transferred from another agency (转来). */
  TRANSFER = 'TRANSFER',
  /** Raised at a joint visit (联合接访). */
  JOINT_VISIT = 'JOINT_VISIT',
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
  /** 司法救助申请 */
  JUDICIAL_ASSISTANCE = 'JUDICIAL_ASSISTANCE',
  /** 咨询 */
  CONSULTATION = 'CONSULTATION',
  OTHER = 'OTHER',
}

/**
 * Where the petition stands under first responsibility: registered → accepted (受理), not
 * accepted, or transferred to the agency with jurisdiction → assigned to a department and a
 * handler → result recorded → closed; reopened to accepted when petitioned again.
 */
export enum PetitionStatus {
  /** Registered, awaiting the decision to accept, not accept or transfer. */
  REGISTERED = 'REGISTERED',
  /** Accepted for handling (受理), not yet assigned. */
  ACCEPTED = 'ACCEPTED',
  /** Not accepted (不予受理), with the reason. */
  DECLINED = 'DECLINED',
  /** Transferred to the agency with jurisdiction (转办), which decides next. */
  TRANSFERRED = 'TRANSFERRED',
  /** With a named handler in a department (承办), being handled. */
  ASSIGNED = 'ASSIGNED',
  /** The result is recorded and answered (办理结果). */
  RESULT_RECORDED = 'RESULT_RECORDED',
  CLOSED = 'CLOSED',
  /** The petitioner asked the superior agency to review the answer (复查, Regulations art. 35). */
  UNDER_REVIEW = 'UNDER_REVIEW',
  /** The review opinion is given; a re-review may be asked within 30 days. */
  REVIEWED = 'REVIEWED',
  /** The petitioner asked for a re-review (复核, art. 36). */
  UNDER_RE_REVIEW = 'UNDER_RE_REVIEW',
  /** The re-review opinion is final: the same facts and reasons are not accepted again. */
  FINAL = 'FINAL',
  /** The agency it was transferred to objects that it is not theirs (Regulations art. 23). */
  DISPUTED = 'DISPUTED',
  /** The sending agency disagreed: the common superior, or the joint conference, decides (art. 24). */
  IN_ARBITRATION = 'IN_ARBITRATION',
}

/** The petitioner's rating of the result (满意度). */
export enum Satisfaction {
  SATISFIED = 'SATISFIED',
  BASICALLY_SATISFIED = 'BASICALLY_SATISFIED',
  /** Reopens nothing by itself, but lists the petition for a leader's review. */
  DISSATISFIED = 'DISSATISFIED',
}

registerEnumType(Satisfaction, { name: 'Satisfaction', description: 'The petitioner\'s rating of the result.' });
registerEnumType(PetitionChannel, { name: 'PetitionChannel', description: 'How a petition arrived.' });
registerEnumType(PetitionCategory, { name: 'PetitionCategory', description: 'What a petition asks for.' });
registerEnumType(PetitionStatus, { name: 'PetitionStatus', description: 'Where a petition stands.' });
