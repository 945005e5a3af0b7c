import { Entity, Index, PrimaryKey } from '@mikro-orm/core';

/**
 * A petitioner of a received petition, known only by the keyed hash of their ID number as
 * PetitionRegistered carries it: enough to find a returning petitioner's petitions at a
 * session from the number they show, never the number itself.
 */
@Entity({ tableName: 'received_petitioner' })
@Index({ properties: ['idNumberHash'] })
export class ReceivedPetitioner {
  @PrimaryKey({ type: 'uuid' })
  petitionId!: string;

  @PrimaryKey({ type: 'text' })
  idNumberHash!: string;
}
