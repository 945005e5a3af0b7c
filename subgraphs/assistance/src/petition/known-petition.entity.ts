import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * What judicial assistance knows of a petition, as announced on `petitions.events.v1`: enough
 * to refuse a case for a petition that does not exist, to open one at the procuratorate
 * handling it, and to see who may read it; never the petitioner's personal data.
 */
@Entity({ tableName: 'known_petition' })
export class KnownPetition {
  @PrimaryKey({ type: 'uuid' })
  petitionId!: string;

  @Property({ type: 'text' })
  trackingNumber!: string;

  @Property({ type: 'text' })
  category!: string;

  @Property({ type: 'text' })
  receivingAgencyId!: string;

  /** The agency with first responsibility now: the receiving one, or the one it was transferred to. */
  @Property({ type: 'text' })
  handlingAgencyId!: string;

  @Property({ type: 'datetime' })
  receivedAt!: Date;

  /** Vulnerability flags of its petitioners (MINOR, DISABLED, ...), as the petitions subgraph announced them. */
  @Property({ type: 'json' })
  petitionerVulnerabilities: string[] = [];
}
