import { ArrayType, Entity, Enum, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { AssigneeRole, AssignmentStatus } from './assignment-status';

/** An assignment (交办): a petition handed to an agency with a task and a due date, supervised until done. */
@ObjectType('JointVisitAssignment', { description: 'A petition assigned (交办) by the commission to an agency, with a task and a due date, supervised until it is done.' })
@Entity({ tableName: 'assignment' })
@Index({ properties: ['petitionId'] })
@Index({ properties: ['sessionId'] })
@Index({ properties: ['assigneeAgencyId', 'status', 'createdAt'] })
@Index({ properties: ['decisionId'] })
export class Assignment {
  [OptionalProps]?: 'status' | 'lastProgressNote' | 'outcome' | 'lastReportedBy' | 'completedAt' | 'createdAt' | 'updatedAt' | 'version'
    | 'overdueSince' | 'pendingExtensionDays' | 'pendingExtensionReason' | 'sentBackReason' | 'reminderCount' | 'lastRemindedAt'
    | 'escalatedToAgencyId' | 'escalatedToStaffId' | 'supervisionNote' | 'needsPersonalData';

  @Field(() => ID, { description: 'The assignment\'s id.' })
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Field(() => ID, { nullable: true, description: 'Id of the joint-visit session it was made at, if any.' })
  @Property({ type: 'uuid', nullable: true })
  sessionId!: string | null;

  /** One assignment decision (交办单) names a lead agency and co-handlers: one row each, sharing this id. */
  @Field(() => ID, { description: 'The assignment decision it belongs to: the lead agency\'s and the co-handlers\' assignments share it.' })
  @Property({ type: 'uuid' })
  decisionId!: string;

  /** Every agency of the decision, the lead first: each follows the others' parts of it. */
  @Property({ type: ArrayType, columnType: 'text[]' })
  decisionAgencyIds!: string[];

  @Field(() => AssigneeRole, { description: 'Whether the assignee leads the work (主办) or helps (协办).' })
  @Enum({ items: () => AssigneeRole, nativeEnumName: 'assignee_role' })
  role!: AssigneeRole;

  @Field(() => ID, { description: 'Id of the petition assigned.' })
  @Property({ type: 'uuid' })
  petitionId!: string;

  /** Resolved as `assignee`. */
  @Property({ type: 'text' })
  assigneeAgencyId!: string;

  /** The commission that assigned it; resolved as `assignedBy`. */
  @Property({ type: 'text' })
  assignedByAgencyId!: string;

  @Field({ description: 'What the assignee agency must do.' })
  @Property({ type: 'text' })
  task!: string;

  @Field({ description: 'When the commission assigned it; the working days are counted from this day.' })
  @Property({ type: 'datetime' })
  assignedAt!: Date;

  @Field(() => Int, { description: 'The term the commission gave, in working days (5, 10, 15 or 30).' })
  @Property({ type: 'integer' })
  workingDays!: number;

  @Field({ description: 'When the work must be done (办理期限): the end of the last working day, moved by approved extensions.' })
  @Property({ type: 'datetime' })
  dueAt!: Date;

  @Field({ description: 'Whether the task needs the petitioners\' personal data (e.g. a visit); otherwise the assignee sees the petition without it.' })
  @Property({ type: 'boolean' })
  needsPersonalData: boolean = false;

  @Field(() => Date, { nullable: true, description: 'Since when it is overdue (超期), as the deadline monitor found; none while on time.' })
  @Property({ type: 'datetime', nullable: true })
  overdueSince: Date | null = null;

  @Field(() => Int, { nullable: true, description: 'Working days of an extension the assignee asked for and the commission has not yet decided.' })
  @Property({ type: 'integer', nullable: true })
  pendingExtensionDays: number | null = null;

  @Field(() => String, { nullable: true, description: 'Why the pending extension is asked for.' })
  @Property({ type: 'text', nullable: true })
  pendingExtensionReason: string | null = null;

  @Field(() => String, { nullable: true, description: 'Why the assignee sent it back (退回), if it did.' })
  @Property({ type: 'text', nullable: true })
  sentBackReason: string | null = null;

  @Field(() => Int, { description: 'How many reminders (催办) the commission has sent.' })
  @Property({ type: 'integer' })
  reminderCount: number = 0;

  @Field(() => Date, { nullable: true, description: 'When the commission last reminded the assignee.' })
  @Property({ type: 'datetime', nullable: true })
  lastRemindedAt: Date | null = null;

  /** Resolved as `escalatedTo`. */
  @Property({ type: 'text', nullable: true })
  escalatedToAgencyId: string | null = null;

  /** Resolved as `escalatedToLeader`. */
  @Property({ type: 'text', nullable: true })
  escalatedToStaffId: string | null = null;

  @Field(() => String, { nullable: true, description: 'The commission\'s latest supervision note (督办意见).' })
  @Property({ type: 'text', nullable: true })
  supervisionNote: string | null = null;

  @Field(() => AssignmentStatus, { description: 'Where the work stands.' })
  @Enum({ items: () => AssignmentStatus, nativeEnumName: 'assignment_status' })
  status: AssignmentStatus = AssignmentStatus.ASSIGNED;

  @Field(() => String, { nullable: true, description: 'The latest progress the assignee reported.' })
  @Property({ type: 'text', nullable: true })
  lastProgressNote: string | null = null;

  @Field(() => String, { nullable: true, description: 'What came of it, once completed (办理结果).' })
  @Property({ type: 'text', nullable: true })
  outcome: string | null = null;

  @Field(() => String, { nullable: true, description: 'Who at the assignee agency reported last (user id).' })
  @Property({ type: 'text', nullable: true })
  lastReportedBy: string | null = null;

  @Field(() => Date, { nullable: true, description: 'When the assignee reported it completed.' })
  @Property({ type: 'datetime', nullable: true })
  completedAt: Date | null = null;

  @Field({ description: 'Who made the assignment (user id).' })
  @Property({ type: 'text' })
  createdBy!: string;

  @Field({ description: 'When it was assigned.' })
  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Field({ description: 'When it last changed.' })
  @Property({ type: 'datetime' })
  updatedAt: Date = new Date();

  /** Optimistic lock: two reports at once cannot both win. */
  @Field(() => Int, { description: 'Increases with every change.' })
  @Property({ type: 'integer', version: true })
  version = 1;
}
