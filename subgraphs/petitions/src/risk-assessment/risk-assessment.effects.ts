import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { BadUserInputError, IllegalTransitionError, NotFoundError } from '@xinfang/kit';
import type { StepChange } from '@xinfang/kit';
import type { Petition } from '../petition/petition.entity';
import { RiskAssessment } from './risk-assessment.entity';
import { RiskDecision, RiskLevel } from './risk-kind';

/** Records the assessment; a HIGH level is an early warning in the agency's list until a leader acknowledges it. */
export async function assessRisk(em: EntityManager, petition: Petition, change: StepChange): Promise<void> {
  const decision = String(change.fields.decision) as RiskDecision;
  const level = String(change.fields.level) as RiskLevel;
  if (!Object.values(RiskDecision).includes(decision)) throw new BadUserInputError('decision is not a petition-prone decision', { field: 'decision' });
  if (!Object.values(RiskLevel).includes(level)) throw new BadUserInputError('level must be LOW, MEDIUM or HIGH', { field: 'level' });
  em.create(RiskAssessment, {
    id: randomUUID(),
    petitionId: petition.id,
    agencyId: petition.handlingAgencyId,
    decision,
    level,
    reasons: change.note ?? '',
    measures: String(change.fields.measures).trim(),
    warning: level === RiskLevel.HIGH,
    assessedBy: change.actor.userId,
    assessedByName: change.actor.name,
    assessedAt: change.at,
  });
}

/** A leader acknowledges an open warning of this petition. */
export async function acknowledgeRiskWarning(em: EntityManager, petition: Petition, change: StepChange): Promise<void> {
  const assessmentId = String(change.fields.assessmentId);
  const assessment = await em.findOne(RiskAssessment, { id: assessmentId, petitionId: petition.id });
  if (!assessment) throw new NotFoundError('Risk assessment', assessmentId);
  if (!assessment.warning) throw new IllegalTransitionError('risk assessment', assessment.level, 'acknowledge a warning it did not raise');
  if (assessment.acknowledgedAt) throw new IllegalTransitionError('risk warning', 'ACKNOWLEDGED', 'acknowledge it again');
  Object.assign(assessment, { acknowledgedBy: change.actor.userId, acknowledgedByName: change.actor.name, acknowledgedAt: change.at });
}
