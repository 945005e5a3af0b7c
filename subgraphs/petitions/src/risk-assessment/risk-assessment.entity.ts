import { Entity, Enum, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { RiskDecision, RiskLevel } from './risk-kind';

/** A risk assessment of a petition-prone decision (涉检信访风险评估), with its warning if the risk is high. */
@ObjectType({ description: 'A risk assessment made before a petition-prone decision goes out; a high level is a warning a leader must acknowledge.' })
@Entity({ tableName: 'risk_assessment' })
@Index({ properties: ['agencyId', 'warning', 'acknowledgedAt'] })
export class RiskAssessment {
  [OptionalProps]?: 'acknowledgedBy' | 'acknowledgedByName' | 'acknowledgedAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Field(() => ID)
  @Property({ type: 'uuid' })
  @Index()
  petitionId!: string;

  /** The agency that assessed it and owns the warning. */
  @Property({ type: 'text' })
  agencyId!: string;

  @Field(() => RiskDecision)
  @Enum({ items: () => RiskDecision, nativeEnumName: 'risk_decision' })
  decision!: RiskDecision;

  @Field(() => RiskLevel)
  @Enum({ items: () => RiskLevel, nativeEnumName: 'risk_level' })
  level!: RiskLevel;

  @Field({ description: 'Why the risk is at this level.' })
  @Property({ type: 'text' })
  reasons!: string;

  @Field({ description: 'What will be done to defuse it (稳控措施).' })
  @Property({ type: 'text' })
  measures!: string;

  @Field({ description: 'Whether it raised an early warning (HIGH).' })
  @Property({ type: 'boolean' })
  warning!: boolean;

  @Field({ description: 'Who assessed it.' })
  @Property({ type: 'text' })
  assessedByName!: string;

  @Property({ type: 'text' })
  assessedBy!: string;

  @Field()
  @Property({ type: 'datetime' })
  assessedAt!: Date;

  @Property({ type: 'text', nullable: true })
  acknowledgedBy: string | null = null;

  @Field(() => String, { nullable: true, description: 'The leader who acknowledged the warning.' })
  @Property({ type: 'text', nullable: true })
  acknowledgedByName: string | null = null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  acknowledgedAt: Date | null = null;
}
