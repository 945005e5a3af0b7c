import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * An agency as this subgraph knows it from `agencies.directory.v1`: enough to refuse work
 * addressed to an agency that does not exist or no longer takes part, without ever asking
 * the agencies subgraph (its database is not ours to read) in the middle of a request.
 */
@Entity({ tableName: 'directory_agency' })
export class DirectoryAgency {
  @PrimaryKey({ type: 'text' })
  id!: string;

  @Property({ type: 'text' })
  name!: string;

  @Property({ type: 'text' })
  type!: string;

  @Property({ type: 'text' })
  level!: string;

  @Property({ type: 'text', nullable: true })
  parentId!: string | null;

  @Property({ type: 'boolean' })
  active!: boolean;

  /** The agency record's version the row reflects; an event with a lower one is older news. */
  @Property({ type: 'integer' })
  revision!: number;

  @Property({ type: 'datetime' })
  changedAt!: Date;
}
