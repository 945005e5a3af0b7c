import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { Directive, Field, ID, ObjectType } from 'type-graphql';

/**
 * One row of a subgraph's audit log (see the migration): names, never values. The same
 * shape in every subgraph, hence `@shareable`; the rows stay in the subgraph that wrote them.
 */
@Directive('@shareable')
@ObjectType({ description: 'One audited act: who, for which agency, when, what, on whose record, which fields, why; never a value.' })
@Entity({ tableName: 'audit_entry' })
@Index({ properties: ['at'] })
export class AuditEntry {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Field({ description: 'When it happened.' })
  @Property({ type: 'datetime' })
  at!: Date;

  @Field({ description: 'Who (user id).' })
  @Property({ type: 'text' })
  actorId!: string;

  @Field({ description: 'Their name then.' })
  @Property({ type: 'text' })
  actorName!: string;

  @Field(() => ID, { description: 'The agency they acted for.' })
  @Property({ type: 'text' })
  agencyId!: string;

  @Field(() => [String], { description: 'Their roles then.' })
  @Property({ type: 'text[]' })
  roles!: string[];

  @Field({ description: 'READ_UNMASKED, DENIED, EXPORT, IMPORT or CHANGE.' })
  @Property({ type: 'text' })
  operation!: string;

  @Field({ description: 'The kind of record: Petitioner, Petition, Staff, Ledger, Field, ...' })
  @Property({ type: 'text' })
  subjectType!: string;

  @Field(() => String, { nullable: true, description: 'Which record, by id.' })
  @Property({ type: 'text', nullable: true })
  subjectId!: string | null;

  @Field(() => [String], { description: 'The fields read, exported or changed, by name.' })
  @Property({ type: 'text[]' })
  fields!: string[];

  @Field(() => String, { nullable: true, description: 'Why, in the actor\'s words; for a denial, the refusal.' })
  @Property({ type: 'text', nullable: true })
  purpose!: string | null;

  @Property({ type: 'json', nullable: true })
  criteria!: Record<string, unknown> | null;

  @Field(() => String, { name: 'criteria', nullable: true, description: 'An export\'s filter or an import\'s counts, as JSON: names, ids, dates and numbers only.' })
  get criteriaJson(): string | null {
    return this.criteria ? JSON.stringify(this.criteria) : null;
  }
}
