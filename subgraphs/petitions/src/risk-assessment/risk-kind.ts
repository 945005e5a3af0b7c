import { registerEnumType } from 'type-graphql';

/** The petition-prone decisions a risk assessment comes before (易引发涉检信访的决定). */
export enum RiskDecision {
  /** 不立案 */
  NOT_FILING = 'NOT_FILING',
  /** 不批准逮捕 */
  NOT_ARRESTING = 'NOT_ARRESTING',
  /** 不起诉 */
  NOT_PROSECUTING = 'NOT_PROSECUTING',
  /** 不予赔偿 */
  NOT_COMPENSATING = 'NOT_COMPENSATING',
  /** 撤回起诉、撤销案件 */
  WITHDRAWING_CASE = 'WITHDRAWING_CASE',
  /** 申诉审查结案 */
  CLOSING_APPEAL = 'CLOSING_APPEAL',
}

export enum RiskLevel {
  LOW = 'LOW',
  MEDIUM = 'MEDIUM',
  /** Raises an early warning (预警) a leader must acknowledge. */
  HIGH = 'HIGH',
}

registerEnumType(RiskDecision, { name: 'RiskDecision', description: 'A petition-prone decision a risk assessment comes before.' });
registerEnumType(RiskLevel, { name: 'RiskLevel', description: 'How likely the decision is to cause petitioning; HIGH raises a warning.' });
