import { Entity, Enum, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { AgencyLevel, AgencyType } from './agency-kind';

/**
 * A procuratorate, court, police bureau, commission or partner agency in the directory. Public
 * and seldom changed, so answers made of it alone may be kept for a while (the gateway keeps
 * the agencies other answers refer to for 30 s): a rename shows in them within that.
 */
@Directive('@key(fields: "id")')
@Directive('@cacheControl(maxAge: 30)') // scope PUBLIC, Apollo's default
@ObjectType({ description: 'An agency taking part in letters and visits, judicial assistance or joint visits.' })
@Entity({ tableName: 'agency' })
@Index({ properties: ['type'] })
export class Agency {
  [OptionalProps]?: 'active' | 'createdAt' | 'updatedAt' | 'version';

  @Field(() => ID, { description: 'Stable id; seeded agencies have readable ids such as `bengbu-procuratorate`.' })
  @PrimaryKey({ type: 'text' })
  id!: string;

  @Field({ description: 'Official name, e.g. 蚌埠市人民检察院.' })
  @Property({ type: 'text' })
  name!: string;

  @Field({ description: 'English name for partners and logs.' })
  @Property({ type: 'text' })
  englishName!: string;

  @Field(() => AgencyType)
  @Enum({ items: () => AgencyType, nativeEnumName: 'agency_type' })
  type!: AgencyType;

  @Field(() => AgencyLevel)
  @Enum({ items: () => AgencyLevel, nativeEnumName: 'agency_level' })
  level!: AgencyLevel;

  /** The superior agency of the same line (上级), if any; resolved as `parent`. */
  @Property({ type: 'text', nullable: true })
  parentId: string | null = null;

  @Field({ description: 'Administrative division code (GB/T 2260), e.g. 340300 for Bengbu.' })
  @Property({ type: 'text' })
  regionCode!: string;

  @Field({ description: 'Administrative division name, e.g. 安徽省蚌埠市.' })
  @Property({ type: 'text' })
  regionName!: string;

  @Field({ description: 'Whether the agency takes part: referrals, assignments and joint-visit sessions can name only active agencies.' })
  @Property({ type: 'boolean' })
  active: boolean = true;

  @Field({ description: 'When the agency joined the platform.' })
  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Field({ description: 'When the record last changed.' })
  @Property({ type: 'datetime' })
  updatedAt: Date = new Date();

  /** Optimistic lock, and the revision directory events carry so consumers keep the newest. */
  @Field(() => Int, { description: 'Increases with every change; pass it as `expectedVersion` to `updateAgency`.' })
  @Property({ type: 'integer', version: true })
  version: number = 1;
}
