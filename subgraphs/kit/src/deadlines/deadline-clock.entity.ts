import { Entity, Index, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import type { ClockExtension, ClockPause } from '../clock/clock-state';
import { ruleWithAmount } from '../clock/clock-rules';
import type { ClockRuleCode } from '../clock/clock-rules';

/** Where a deadline stands now. */
export enum DeadlineStatus {
  RUNNING = 'RUNNING',
  /** Within three days of falling due (临期). */
  DUE_SOON = 'DUE_SOON',
  /** Stopped, e.g. during a public hearing; no due date until it resumes. */
  PAUSED = 'PAUSED',
  MET = 'MET',
  /** Passed unmet, or met after it had passed (超期). */
  MISSED = 'MISSED',
}
registerEnumType(DeadlineStatus, { name: 'DeadlineStatus', description: 'Where a deadline stands now.' });

/**
 * One obligation's deadline (时限), stored so that "what is overdue, or due within N days, per
 * agency and per handler" is an indexed query rather than a computation over every matter.
 * Its due instant is recomputed from the rule, pauses and extensions whenever they change.
 */
@Directive('@shareable')
@ObjectType('Deadline', { description: 'A deadline (时限) an agency owes on a matter: its rule, due instant and where it stands.' })
@Entity({ tableName: 'deadline_clock' })
@Unique({ properties: ['subjectType', 'subjectId', 'rule'] })
@Index({ properties: ['agencyId', 'dueAt'], options: { where: 'met_at is null' } })
@Index({ properties: ['responsibleId', 'dueAt'], options: { where: 'met_at is null' } })
export class DeadlineClock {
  [OptionalProps]?: 'status' | 'title' | 'amount' | 'version' | 'pauses' | 'extensions' | 'metAt' | 'missedAt' | 'dueSoonSentAt' | 'responsibleId' | 'dueAt' | 'dueSoonAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  /** Which named rule times it, e.g. PROCEDURAL_REPLY. */
  @Field(() => String, { description: 'The named rule, e.g. PROCEDURAL_REPLY or HANDLING_RESULT.' })
  @Property({ type: 'text' })
  rule!: ClockRuleCode;

  /** The deployment's own length for a rule that allows one; null means the rule's. */
  @Property({ type: 'integer', nullable: true })
  amount: number | null = null;

  /** What it times, e.g. `Petition` and the petition's id. */
  @Property({ type: 'text' })
  subjectType!: string;

  @Property({ type: 'text' })
  subjectId!: string;

  /** The agency that owes the answer. */
  @Property({ type: 'text' })
  agencyId!: string;

  /** The person accountable (first responsibility), once there is one. */
  @Property({ type: 'text', nullable: true })
  responsibleId: string | null = null;

  @Field({ description: 'When the clock started, e.g. when the petition was received.' })
  @Property({ type: 'datetime' })
  startedAt!: Date;

  @Property({ type: 'json' })
  pauses: ClockPause[] = [];

  @Property({ type: 'json' })
  extensions: ClockExtension[] = [];

  /** Null while the clock is paused. */
  @Field(() => Date, { nullable: true, description: 'The end of the due day in China time; none while paused.' })
  @Property({ type: 'datetime', nullable: true })
  dueAt: Date | null = null;

  /** When it becomes due soon (the start of the threshold day); null while paused. */
  @Property({ type: 'datetime', nullable: true })
  dueSoonAt: Date | null = null;

  @Field(() => Date, { nullable: true, description: 'When the obligation was fulfilled.' })
  @Property({ type: 'datetime', nullable: true })
  metAt: Date | null = null;

  /** When the scheduler found it past due and unmet; it stays missed even if met later. */
  @Property({ type: 'datetime', nullable: true })
  missedAt: Date | null = null;

  @Property({ type: 'datetime', nullable: true })
  dueSoonSentAt: Date | null = null;

  @Property({ type: 'integer', version: true })
  version = 1;

  @Field({ description: 'What the rule asks, in Chinese, e.g. 7日内程序性回复.' })
  get title(): string {
    return ruleWithAmount(this.rule, this.amount).title;
  }

  @Field(() => DeadlineStatus, { description: 'Where the deadline stands now.' })
  get status(): DeadlineStatus {
    const now = new Date();
    if (this.metAt) return this.missedAt || (this.dueAt && this.metAt > this.dueAt) ? DeadlineStatus.MISSED : DeadlineStatus.MET;
    if (this.dueAt === null) return DeadlineStatus.PAUSED;
    if (this.missedAt || now > this.dueAt) return DeadlineStatus.MISSED;
    return this.dueSoonAt && now >= this.dueSoonAt ? DeadlineStatus.DUE_SOON : DeadlineStatus.RUNNING;
  }
}
