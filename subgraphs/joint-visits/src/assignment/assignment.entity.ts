import { Entity, Enum, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { AssignmentStatus } from './assignment-status';

/** An assignment (交办): a petition handed to an agency with a task and a due date, supervised until done. */
@ObjectType('JointVisitAssignment', { description: 'A petition assigned (交办) by the commission to an agency, with a task and a due date, supervised until it is done.' })
@Entity({ tableName: 'assignment' })
@Index({ properties: ['petitionId'] })
@Index({ properties: ['sessionId'] })
@Index({ properties: ['assigneeAgencyId', 'status', 'createdAt'] })
export class Assignment {
  [OptionalProps]?: 'status' | 'lastProgressNote' | 'outcome' | 'lastReportedBy' | 'completedAt' | 'createdAt' | 'updatedAt' | 'version';

  @Field(() => ID, { description: 'The assignment\'s id.' })
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Field(() => ID, { nullable: true, description: 'Id of the joint-visit session it was made at, if any.' })
  @Property({ type: 'uuid', nullable: true })
  sessionId!: string | null;

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

  @Field({ description: 'When the work must be done (办理期限).' })
  @Property({ type: 'datetime' })
  dueAt!: Date;

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
