import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import type { DayKind } from '../clock/calendar-override';

/**
 * An administrator's correction of the official calendar (next year's State Council notice,
 * a late change): it wins over the package's data, so no release is needed for it.
 */
@Entity({ tableName: 'calendar_day_override' })
export class CalendarDayOverride {
  /** The China day, YYYY-MM-DD. */
  @PrimaryKey({ type: 'date' })
  day!: string;

  @Property({ type: 'text' })
  kind!: DayKind;

  @Property({ type: 'text', nullable: true })
  note: string | null = null;

  @Property({ type: 'text' })
  setBy!: string;

  @Property({ type: 'datetime' })
  setAt: Date = new Date();
}
