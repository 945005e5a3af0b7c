import { Entity, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { AgencyReference, agencyReference } from '../graphql/agency-reference';
import { ActorVia } from './actor';

/**
 * One step in the life of a matter (a referral, an assignment, ...), written in the same
 * transaction as the step. One table for every kind of matter, so the record of who did
 * what and when (accountability, 责任可追溯) is kept the same way everywhere.
 */
@Directive('@shareable')
@ObjectType({ description: 'One step in the life of a matter: who took it, for which agency, when, how, and what it changed.' })
@Entity({ tableName: 'workflow_history_entry' })
@Index({ properties: ['aggregateType', 'aggregateId', 'position'] })
export class WorkflowHistoryEntry {
  /** Derived, never stored. */
  [OptionalProps]?: 'actorAgency';

  @Field(() => ID, { description: 'The entry\'s id.' })
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  /** The kind of matter, e.g. `Referral`. */
  @Property({ type: 'text' })
  aggregateType!: string;

  @Property({ type: 'text' })
  aggregateId!: string;

  /** The matter's version after the step: increasing, and the version lock keeps it unique. */
  @Field(() => Int, { description: 'Where the step stands in the matter\'s life; increases with every step.' })
  @Property({ type: 'integer' })
  position!: number;

  @Field({ description: 'The step taken, e.g. ISSUE, ACCEPT, COMPLETE.' })
  @Property({ type: 'text' })
  action!: string;

  @Field(() => String, { nullable: true, description: 'The status before the step; null when the matter was created.' })
  @Property({ type: 'text', nullable: true })
  fromStatus!: string | null;

  @Field({ description: 'The status after the step.' })
  @Property({ type: 'text' })
  toStatus!: string;

  @Field(() => ID, { description: 'Who took the step (user id).' })
  @Property({ type: 'text' })
  actorUserId!: string;

  @Field({ description: 'Who took the step (name).' })
  @Property({ type: 'text' })
  actorName!: string;

  /** Resolved as `actorAgency`. */
  @Property({ type: 'text' })
  actorAgencyId!: string;

  @Field(() => ActorVia, { description: 'Whether the step came through the API or from the agency\'s own system through Kafka.' })
  @Property({ type: 'text' })
  via!: ActorVia;

  @Field(() => String, { nullable: true, description: 'What the actor said: a reason, a progress report, an outcome.' })
  @Property({ type: 'text', nullable: true })
  note!: string | null;

  @Field({ description: 'When the step was taken.' })
  @Property({ type: 'datetime' })
  at!: Date;

  @Field(() => AgencyReference, { description: 'The agency the actor acted for.' })
  get actorAgency(): AgencyReference {
    return agencyReference(this.actorAgencyId);
  }
}
