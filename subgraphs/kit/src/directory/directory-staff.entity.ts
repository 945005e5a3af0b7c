import { ArrayType, Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import type { Role } from '../identity/identity';

/**
 * A member of an agency's staff as this subgraph knows it from `agencies.directory.v1`:
 * handlers, package leaders and visiting leaders named in its work are real, current people.
 */
@Entity({ tableName: 'directory_staff' })
@Index({ properties: ['agencyId'] })
export class DirectoryStaff {
  @PrimaryKey({ type: 'text' })
  id!: string;

  @Property({ type: 'text' })
  agencyId!: string;

  @Property({ type: 'text' })
  name!: string;

  @Property({ type: 'text', nullable: true })
  department!: string | null;

  @Property({ type: 'text', nullable: true })
  title!: string | null;

  @Property({ type: ArrayType, columnType: 'text[]' })
  roles!: Role[];

  @Property({ type: 'boolean' })
  isLeader!: boolean;

  @Property({ type: 'boolean' })
  active!: boolean;

  /** The staff record's version the row reflects; an event with a lower one is older news. */
  @Property({ type: 'integer' })
  revision!: number;

  @Property({ type: 'datetime' })
  changedAt!: Date;
}
