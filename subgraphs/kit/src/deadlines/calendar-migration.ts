import { Migration } from '@mikro-orm/migrations';

/**
 * The revision of each corrected year, in every subgraph's database: the agencies subgraph
 * counts it up with each correction (and keeps why and who), every copy keeps the highest it
 * has applied, so an older `CalendarCorrected` can never undo a newer one.
 */
export class CalendarYearMigration extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table if not exists calendar_year (
      year int primary key,
      revision int not null,
      reason text not null,
      changed_by text not null,
      changed_at timestamptz not null
    );`);
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists calendar_year;');
  }
}

export const calendarYearMigration = { name: 'Migration00000000000030_calendar_year', class: CalendarYearMigration };
