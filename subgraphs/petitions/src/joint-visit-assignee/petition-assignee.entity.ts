import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * An agency the political-legal commission assigned a petition to (交办), as announced on
 * `joint-visits.assignments.v1`: it may follow the petition's summary and state, and its
 * petitioners' details only when its task needs them. Petitions keeps this copy so its own
 * read rule decides, without asking joint visits in the middle of a request.
 */
@Entity({ tableName: 'petition_assignee' })
@Index({ properties: ['petitionId'] })
export class PetitionAssignee {
  @PrimaryKey({ type: 'uuid' })
  assignmentId!: string;

  @Property({ type: 'uuid' })
  petitionId!: string;

  @Property({ type: 'text' })
  agencyId!: string;

  @Property({ type: 'boolean' })
  needsPersonalData!: boolean;

  @Property({ type: 'datetime' })
  assignedAt!: Date;
}
