import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * A petition received at a joint-visit session (接访登记): an existing one found by its
 * tracking number, or a new one registered there through the petitions API (channel
 * JOINT_VISIT), linked when its PetitionRegistered event names the session; or every
 * petition of a returning petitioner, found by the keyed hash of their ID number.
 */
@Entity({ tableName: 'session_petition' })
export class SessionPetition {
  @PrimaryKey({ type: 'uuid' })
  sessionId!: string;

  @PrimaryKey({ type: 'uuid' })
  petitionId!: string;

  /** `TRACKING_NUMBER`, `PERSON` (the keyed hash of an ID number) or `REGISTERED_AT_SESSION`. */
  @Property({ type: 'text' })
  linkedBy!: string;

  @Property({ type: 'datetime' })
  linkedAt!: Date;
}
