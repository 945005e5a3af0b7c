import { registerEnumType } from 'type-graphql';

/** Priority groups for judicial assistance (司法救助重点对象). */
export enum PriorityGroup {
  MINOR = 'MINOR',
  WOMAN_IN_HARDSHIP = 'WOMAN_IN_HARDSHIP',
  DISABLED = 'DISABLED',
  /** 因案返贫致贫的农村群众 */
  RURAL_FALLEN_INTO_POVERTY = 'RURAL_FALLEN_INTO_POVERTY',
  OTHER = 'OTHER',
}

/** Why the person may be helped, in the words of the rules on judicial assistance (救助情形). */
export enum AssistanceGrounds {
  /** 受到犯罪侵害或民事侵权，无法通过诉讼获得有效赔偿，生活面临急迫困难 */
  VICTIM_WITHOUT_COMPENSATION = 'VICTIM_WITHOUT_COMPENSATION',
  /** 因案件导致生活困难 (e.g. a dependant of a victim, a witness harmed for testifying) */
  HARDSHIP_CAUSED_BY_CASE = 'HARDSHIP_CAUSED_BY_CASE',
  OTHER = 'OTHER',
}

/** Who applies: a petitioner of the petition, or a close relative (近亲属) of the person harmed. */
export enum ApplicantRelation {
  PETITIONER = 'PETITIONER',
  CLOSE_RELATIVE = 'CLOSE_RELATIVE',
}

/** How the case came to be. */
export enum AssistanceOrigin {
  /** The petition is a request for judicial assistance: the platform proposed the case. */
  PETITION_CATEGORY = 'PETITION_CATEGORY',
  /** A petitioner carries a vulnerability flag: the platform proposed the case. */
  VULNERABILITY = 'VULNERABILITY',
  /** A handler opened it. */
  HANDLER = 'HANDLER',
}

/** Who decides (决定): the procurator-general, or the procuratorial committee (检察委员会) for the weighty ones. */
export enum DecisionMaker {
  PROCURATOR_GENERAL = 'PROCURATOR_GENERAL',
  PROCURATORIAL_COMMITTEE = 'PROCURATORIAL_COMMITTEE',
}

export enum PaymentMethod {
  BANK_TRANSFER = 'BANK_TRANSFER',
  CASH = 'CASH',
  OTHER = 'OTHER',
}

registerEnumType(PriorityGroup, { name: 'PriorityGroup', description: 'Priority groups for judicial assistance.' });
registerEnumType(AssistanceGrounds, { name: 'AssistanceGrounds', description: 'Why judicial assistance may be given.' });
registerEnumType(ApplicantRelation, { name: 'ApplicantRelation', description: 'Who the applicant is to the petition.' });
registerEnumType(AssistanceOrigin, { name: 'AssistanceOrigin', description: 'How an assistance case was opened.' });
registerEnumType(DecisionMaker, { name: 'DecisionMaker', description: 'Who decided on an assistance case.' });
registerEnumType(PaymentMethod, { name: 'PaymentMethod', description: 'How assistance money was paid.' });
