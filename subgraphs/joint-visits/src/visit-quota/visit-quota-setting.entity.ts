import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * An agency's own case-carrying visit quota (下访次数要求), for one year or, with year 0, for
 * every year it sets no other: a year's setting wins over the standing one, and without
 * either a leader owes DEFAULT_VISITS_PER_YEAR.
 */
@Entity({ tableName: 'case_carrying_visit_quota' })
export class VisitQuotaSetting {
  @PrimaryKey({ type: 'text' })
  agencyId!: string;

  /** 0: the agency's standing quota, for every year without its own. */
  @PrimaryKey({ type: 'integer' })
  year!: number;

  @Property({ type: 'integer' })
  visitsPerYear!: number;

  @Property({ type: 'text' })
  setBy!: string;

  @Property({ type: 'datetime' })
  setAt!: Date;
}

/** The year column's value for "every year". */
export const EVERY_YEAR = 0;
