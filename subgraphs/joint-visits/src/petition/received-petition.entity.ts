import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * Which agency received a petition, as announced on `petitions.events.v1`. Joint visits
 * keep this copy so the receiving procuratorate can follow its petition's assignments
 * without joint visits ever reading the petitions database.
 */
@Entity({ tableName: 'received_petition' })
export class ReceivedPetition {
  @PrimaryKey({ type: 'uuid' })
  petitionId!: string;

  @Property({ type: 'text' })
  receivingAgencyId!: string;

  @Property({ type: 'text' })
  trackingNumber!: string;

  @Property({ type: 'datetime' })
  receivedAt!: Date;
}
