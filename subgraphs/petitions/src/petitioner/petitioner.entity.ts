import { Entity, Enum, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DocumentType, Gender, Vulnerability } from './petitioner-kind';

/**
 * One person petitioning, alone or in a group. The ID and phone numbers are stored only
 * sealed (AES-256-GCM, the key id beside each) and as keyed hashes for matching; the
 * GraphQL type shows them masked (`petitioner.resolver.ts`).
 */
@ObjectType({ description: 'A person bringing a petition, alone or as one of a group.' })
@Entity({ tableName: 'petitioner' })
@Index({ properties: ['petitionId', 'position'] })
export class Petitioner {
  [OptionalProps]?: 'createdAt' | 'representative' | 'vulnerabilities';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  petitionId!: string;

  @Field(() => Int, { description: 'Order in the petition, from 0; the first is who the petition is known by.' })
  @Property({ type: 'integer' })
  position!: number;

  @Field()
  @Property({ type: 'text' })
  name!: string;

  @Field(() => Gender, { nullable: true })
  @Enum({ items: () => Gender, nativeEnumName: 'petitioner_gender', nullable: true })
  gender: Gender | null = null;

  @Field(() => DocumentType, { nullable: true, description: 'The document the ID number is from; null without one.' })
  @Enum({ items: () => DocumentType, nativeEnumName: 'petitioner_document_type', nullable: true })
  documentType: DocumentType | null = null;

  @Property({ type: 'text', nullable: true, hidden: true })
  idNumberCiphertext: string | null = null;

  @Property({ type: 'text', nullable: true, hidden: true })
  idNumberKeyId: string | null = null;

  /** HMAC of the document type and number: the same person across petitions. */
  @Property({ type: 'text', nullable: true, hidden: true })
  idNumberHash: string | null = null;

  @Property({ type: 'text', nullable: true, hidden: true })
  phoneCiphertext: string | null = null;

  @Property({ type: 'text', nullable: true, hidden: true })
  phoneKeyId: string | null = null;

  @Property({ type: 'text', nullable: true, hidden: true })
  phoneHash: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  address: string | null = null;

  @Field(() => [Vulnerability], { description: 'Why this person needs particular care, if they do.' })
  @Enum({ items: () => Vulnerability, array: true })
  vulnerabilities: Vulnerability[] = [];

  @Field(() => Boolean, { description: 'Whether this person represents a group (at most 5 do, Regulations art. 20).' })
  @Property({ type: 'boolean' })
  representative = false;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}
