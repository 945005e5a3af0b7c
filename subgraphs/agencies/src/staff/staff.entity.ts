import { ArrayType, Entity, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { Role } from './staff-role';

/** A member of an agency's staff (工作人员); other subgraphs name them by id (handlers, package leaders, visiting leaders). */
@Directive('@key(fields: "id")')
@ObjectType({ description: 'A member of an agency\'s staff: reception, case handlers, department heads, leaders, partner caseworkers, commission coordinators, liaisons.' })
@Entity({ tableName: 'staff' })
@Index({ properties: ['agencyId'] })
export class Staff {
  [OptionalProps]?: 'department' | 'title' | 'isLeader' | 'active' | 'createdAt' | 'updatedAt' | 'version';

  @Field(() => ID, { description: 'Stable id, also the person\'s user id (a token\'s `sub`).' })
  @PrimaryKey({ type: 'text' })
  id!: string;

  @Field({ description: 'Full name, e.g. 王芳.' })
  @Property({ type: 'text' })
  name!: string;

  /** Resolved as `agency`. */
  @Property({ type: 'text' })
  agencyId!: string;

  @Field(() => String, { nullable: true, description: 'Department within the agency, e.g. 控告申诉检察部 (home of the 12309 centre).' })
  @Property({ type: 'text', nullable: true })
  department: string | null = null;

  @Field(() => String, { nullable: true, description: 'Post, e.g. 检察长 (procurator-general), 副检察长 (deputy), 检察官, 庭长.' })
  @Property({ type: 'text', nullable: true })
  title: string | null = null;

  @Field(() => [Role], { description: 'What the person may do on the platform.' })
  @Property({ type: ArrayType, columnType: 'text[]' })
  roles!: Role[];

  @Field({ description: 'One of the agency\'s leaders (院领导 / 领导班子): may take cases as package leader and visit petitioners.' })
  @Property({ type: 'boolean' })
  isLeader: boolean = false;

  @Field({ description: 'Whether the person is in post; people who left stay in the record, inactive.' })
  @Property({ type: 'boolean' })
  active: boolean = true;

  @Field({ description: 'When the person was registered.' })
  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Field({ description: 'When the record last changed.' })
  @Property({ type: 'datetime' })
  updatedAt: Date = new Date();

  /** Optimistic lock, and the revision directory events carry so consumers keep the newest. */
  @Field(() => Int, { description: 'Increases with every change; pass it as `expectedVersion` to `updateStaff`.' })
  @Property({ type: 'integer', version: true })
  version: number = 1;
}
